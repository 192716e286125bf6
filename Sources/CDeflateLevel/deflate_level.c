// See include/deflate_level.h.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>

#include "deflate_level.h"

// zlib's ABI entry behind the `deflateInit2` macro; the stream is a `z_streamp`, passed through.
typedef int (*deflate_init2_function)(void *stream, int level, int method, int window_bits, int memory_level,
                                      int strategy, const char *version, int stream_size);

static _Thread_local int level_on_this_thread = -1;
static _Thread_local long streams_on_this_thread = 0;
static deflate_init2_function zlib_deflate_init2;
static pthread_once_t zlib_lookup = PTHREAD_ONCE_INIT;

static void find_zlib(void) { zlib_deflate_init2 = (deflate_init2_function)dlsym(RTLD_NEXT, "deflateInit2_"); }

void deflate_level_set(int level) { level_on_this_thread = level; }

long deflate_streams_started(void) { return streams_on_this_thread; }

int deflateInit2_(void *stream, int level, int method, int window_bits, int memory_level, int strategy,
                  const char *version, int stream_size) {
  pthread_once(&zlib_lookup, find_zlib);
  if (zlib_deflate_init2 == 0) return -2;  // Z_STREAM_ERROR: no zlib in the process
  if (level_on_this_thread >= 0) level = level_on_this_thread;
  streams_on_this_thread += 1;
  return zlib_deflate_init2(stream, level, method, window_bits, memory_level, strategy, version, stream_size);
}
