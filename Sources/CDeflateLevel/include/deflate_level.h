// Choose zlib's compression level for the deflate streams the current thread starts.
//
// libxlsxwriter zips every workbook at zlib's default level (6) and has no option for it. This
// target defines zlib's `deflateInit2_` in the executable, where the dynamic linker finds it before
// libz for libminizip's calls (ELF symbol lookup; the executable exports it), applies the level set
// here on the calling thread, and hands on to libz's own function.
#ifndef DEFLATE_LEVEL_H
#define DEFLATE_LEVEL_H

/// Deflate streams started on this thread from now on use `level` (0–9); -1 restores the
/// caller's own level. Other threads are not affected.
void deflate_level_set(int level);

/// How many deflate streams this thread has started since the process began, with any level.
/// Zero after a workbook closed means the override is not in the symbol path (static zlib, or a
/// platform whose linker binds libraries to their own zlib, such as macOS).
long deflate_streams_started(void);

#endif
