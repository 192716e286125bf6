// The benchmark's one table, in Markdown so it can go into the README as printed.
import Foundation
import ReportKit

/// Rows per corpus size: each phase, the load as a whole, end to end, and the cell-writing floor.
struct BenchTable {
  let results: [BenchResult]
  let host: HostCheck

  init(_ results: [BenchResult], host: HostCheck) { (self.results, self.host) = (results, host) }

  var markdown: String {
    // NB: what the measured processes ran on, so a table pasted elsewhere still says it.
    let setups = Set(results.map { "\($0.workers) workers, \($0.allocator)" }).sorted()
    var lines = [
      "Measured with \(setups.joined(separator: "; ")). Host check: sorting \(grouped(HostCheck.count)) numbers took "
        + "\(String(format: "%.3f", host.alone)) s on one thread alone and \(String(format: "%.3f", host.together)) s per thread "
        + "on \(host.threads) at once (\(String(format: "%.2f", host.slowdown))×; fastest of \(HostCheck.rounds)).",
      "",
      "| articles (MB, files) | phase | wall s | CPU s | cores busy | MB/s | MB/s per core | articles/s | peak RSS MB | planted recall |",
      "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results {
      let size = "\(grouped(result.articles)) (\(String(format: "%.1f", megabytes(result.bytes))), \(result.files))"
      for phase in result.phases {
        lines.append(row(
          size, phase.name, phase.lap, bytes: phase.bytes, articles: phase.articles,
          rss: String(format: "%.0f", phase.peakResidentMegabytes)))
      }
      lines.append(row(size, "· shared analyses (growth, stations, activity types, quality list)", result.shared, bytes: 0, articles: 0))
      for report in result.reports {
        lines.append(row(size, "· \(report.name): tables", report.aggregate, bytes: 0, articles: 0))
        lines.append(row(size, "· \(report.name): workbook + summary", report.write, bytes: 0, articles: 0))
        lines.append(row(size, "· \(report.name): of which libxlsxwriter's close (XML, zip)", report.close, bytes: 0, articles: 0))
      }
      lines.append(row(size, "· all reports: libxlsxwriter's close, added up", sum(result.reports.map(\.close)), bytes: 0, articles: 0))
      let load = sum(result.phases.prefix(3).map(\.lap))
      lines.append(row(size, "**load (passes 1–3)**", load, bytes: result.bytes, articles: result.articles))
      let total = sum(result.phases.map(\.lap))
      lines.append(row(
        size, "**end to end**", total, bytes: result.bytes, articles: result.articles,
        rss: String(format: "%.0f", result.peakResidentMegabytes),
        recall: String(format: "%.3f (%d/%d)", Double(result.recall.found) / Double(max(result.recall.planted, 1)), result.recall.found, result.recall.planted)))
      let ratio = result.wrapperCells.wall / max(result.rawCells.wall, 1e-9)
      lines.append(row(size, "cells via Xlsx wrapper (\(grouped(result.cellsWritten)) cells; \(String(format: "%.2f", ratio))× raw C)", result.wrapperCells, bytes: 0, articles: 0))
      lines.append(row(size, "cells via raw C API (floor)", result.rawCells, bytes: 0, articles: 0))
    }
    lines.append("")
    lines.append("Of the planted facts found, read with the planted meaning too:")
    lines.append("")
    lines.append("| articles | found | year | place | breakdown | running-total period | programme |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|")
    for result in results {
      let r = result.recall
      let share = { (count: Int) in String(format: "%.3f", Double(count) / Double(max(r.found, 1))) }
      lines.append("| \(grouped(result.articles)) | \(grouped(r.found)) | \(share(r.year)) | \(share(r.place)) | "
        + "\(share(r.breakdown)) | \(share(r.period)) | \(share(r.programme)) |")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func row(_ size: String, _ phase: String, _ lap: Stopwatch.Lap, bytes: Int, articles: Int, rss: String = "", recall: String = "") -> String {
    let wall = max(lap.wall, 1e-9)
    let cpu = max(lap.cpu, 1e-9)
    let rate = bytes > 0 ? String(format: "%.1f", megabytes(bytes) / wall) : ""
    let perCore = bytes > 0 ? String(format: "%.1f", megabytes(bytes) / cpu) : ""
    let articlesPerSecond = articles > 0 ? grouped(Int(Double(articles) / wall)) : ""
    let cells = [
      size, phase, String(format: "%.2f", lap.wall), String(format: "%.2f", lap.cpu), String(format: "%.2f", lap.cpu / wall),
      rate, perCore, articlesPerSecond, rss, recall,
    ]
    return "| " + cells.joined(separator: " | ") + " |"
  }

  func sum(_ laps: [Stopwatch.Lap]) -> Stopwatch.Lap {
    laps.reduce(Stopwatch.Lap(wall: 0, cpu: 0)) { Stopwatch.Lap(wall: $0.wall + $1.wall, cpu: $0.cpu + $1.cpu) }
  }

  func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }

  func grouped(_ n: Int) -> String { Phrases.number(Double(n)) }
}
