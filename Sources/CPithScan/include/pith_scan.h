#ifndef PITH_SCAN_H
#define PITH_SCAN_H

#include <stddef.h>

/* Byte scans over a whole page, sixteen bytes at a time where the machine allows: the few
   passes Pith makes over every byte before the parse. */

/* UTF-8 census: well-formed multi-byte sequences, ill-formed ones (each maximal prefix that
   could have begun a valid sequence counts once, as decoders replace it), and bytes in both.
   The same counts as Transcoder.utf8Census in Swift. */
typedef struct {
    size_t multibyte;
    size_t errors;
    size_t high;
} pith_utf8_census;

void pith_census_utf8(const unsigned char *p, size_t n, pith_utf8_census *out);

/* What the stripper asks of a whole page, in one pass. */
enum {
    PITH_CONTROL_BYTE = 1,   /* a byte below 0x20 other than tab, line feed, carriage return */
    PITH_TEXT_TOKEN_LEAD = 2, /* a byte 0xF3 */
    PITH_ATTRIBUTE_TOKEN_NAME = 4 /* the bytes "_.-" */
};

int pith_page_flags(const unsigned char *p, size_t n);

/* The index of the first byte at or after `from` (below n) that is not ASCII (0x80 or above),
   or n. */
size_t pith_skip_ascii(const unsigned char *p, size_t from, size_t n);

#endif
