#ifndef PITH_SCAN_H
#define PITH_SCAN_H

#include <stddef.h>

/* Byte scans over a whole page, sixteen bytes at a time where the machine allows: the few
   passes Pith makes over every byte before the parse. */

/* 1 when the n bytes at p hold a byte below 0x20 other than tab, line feed and carriage
   return; else 0. */
int pith_has_control_byte(const unsigned char *p, size_t n);

/* 1 when the n bytes at p hold the three bytes a, b, c in a row; else 0. */
int pith_contains3(const unsigned char *p, size_t n, unsigned char a, unsigned char b, unsigned char c);

/* The index of the first byte at or after `from` (below n) that is not ASCII (0x80 or above),
   or n. */
size_t pith_skip_ascii(const unsigned char *p, size_t from, size_t n);

#endif
