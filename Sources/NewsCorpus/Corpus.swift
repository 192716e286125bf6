// Staging: raw newspaper page dumps → documents → articles, every line keeping its source location.
import ChineseText
