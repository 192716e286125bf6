// The C face of libxlsxwriter (apt: libxlsxwriter-dev, pkg-config: xlsxwriter).
// Only Sources/Xlsx imports this module; report code never sees a pointer.
#include <xlsxwriter.h>
