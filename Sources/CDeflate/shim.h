#ifndef PITH_CDEFLATE_SHIM_H
#define PITH_CDEFLATE_SHIM_H

/* libdeflate: whole-buffer DEFLATE/gzip decompression, two to three times zlib's speed. Used for
   WARC files, where every record is a gzip member of its own. */
#include <libdeflate.h>

#endif
