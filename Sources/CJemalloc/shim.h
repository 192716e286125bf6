// jemalloc (apt: libjemalloc-dev, pkg-config: jemalloc), the allocator every tool runs on.
// Linking it is what matters: its malloc and free then serve the whole process, libxlsxwriter
// included. Only Sources/ReportKit/Core/ProcessAllocator.swift imports this module, to read
// jemalloc's version and counters through `mallctl`.
#include <jemalloc/jemalloc.h>
