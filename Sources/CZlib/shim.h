#ifndef PITH_CZLIB_SHIM_H
#define PITH_CZLIB_SHIM_H

#include <zlib.h>

/* inflateInit2 is a macro (it passes the library version and struct size); Swift cannot call
   function-like macros, so wrap it. windowBits 15 + 32 accepts gzip and zlib headers. */
static inline int pith_inflate_init(z_streamp stream) {
    return inflateInit2(stream, 15 + 32);
}

/* Raw deflate (HTTP "Content-Encoding: deflate" sent without a zlib header). */
static inline int pith_inflate_init_raw(z_streamp stream) {
    return inflateInit2(stream, -15);
}

#endif
