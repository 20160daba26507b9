#include "pith_scan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

size_t pith_skip_ascii(const unsigned char *p, size_t from, size_t n) {
    size_t i = from;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        int mask = _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(p + i)));
        if (mask != 0) return i + (size_t)__builtin_ctz((unsigned)mask);
    }
#endif
    for (; i < n; i++) {
        if (p[i] >= 0x80) return i;
    }
    return n;
}

/* The sequence at p[i] (a byte >= 0x80): its length, and whether it is well formed; an
   ill-formed one is as long as its maximal prefix that could still have been valid. */
static size_t sequence(const unsigned char *p, size_t i, size_t n, int *valid) {
    unsigned char b = p[i], low, high;
    size_t length;
    *valid = 0;
    if (b >= 0xC2 && b <= 0xDF) { length = 2; low = 0x80; high = 0xBF; }
    else if (b == 0xE0) { length = 3; low = 0xA0; high = 0xBF; }
    else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) { length = 3; low = 0x80; high = 0xBF; }
    else if (b == 0xED) { length = 3; low = 0x80; high = 0x9F; }
    else if (b == 0xF0) { length = 4; low = 0x90; high = 0xBF; }
    else if (b >= 0xF1 && b <= 0xF3) { length = 4; low = 0x80; high = 0xBF; }
    else if (b == 0xF4) { length = 4; low = 0x80; high = 0x8F; }
    else return 1;
    if (i + 1 >= n) return 1;
    if (p[i + 1] < low || p[i + 1] > high) return 1;
    for (size_t k = 2; k < length; k++) {
        if (i + k >= n || (p[i + k] & 0xC0) != 0x80) return k;
    }
    *valid = 1;
    return length;
}

void pith_census_utf8(const unsigned char *p, size_t n, pith_utf8_census *out) {
    size_t multibyte = 0, errors = 0, high = 0;
    size_t i = pith_skip_ascii(p, 0, n);
    while (i < n) {
        int valid;
        size_t length = sequence(p, i, n, &valid);
        if (valid) multibyte++; else errors++;
        high += length;
        i += length;
        /* Runs of ASCII between characters are short in most scripts: look at the next byte
           before calling the sixteen-byte skip. */
        if (i < n && p[i] >= 0x80) continue;
        i = pith_skip_ascii(p, i, n);
    }
    out->multibyte = multibyte;
    out->errors = errors;
    out->high = high;
}

int pith_page_flags(const unsigned char *p, size_t n) {
    int flags = 0;
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i limit = _mm_set1_epi8(0x1F), tab = _mm_set1_epi8(0x09), lf = _mm_set1_epi8(0x0A),
                  cr = _mm_set1_epi8(0x0D), lead = _mm_set1_epi8((char)0xF3), under = _mm_set1_epi8('_'),
                  dot = _mm_set1_epi8('.'), dash = _mm_set1_epi8('-');
    for (; i + 18 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i low = _mm_cmpeq_epi8(_mm_max_epu8(v, limit), limit);
        if (_mm_movemask_epi8(low) != 0) {
            __m128i allowed = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr));
            if (_mm_movemask_epi8(_mm_andnot_si128(allowed, low)) != 0) flags |= PITH_CONTROL_BYTE;
        }
        if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, lead)) != 0) flags |= PITH_TEXT_TOKEN_LEAD;
        __m128i u = _mm_cmpeq_epi8(v, under);
        if (_mm_movemask_epi8(u) != 0) {
            u = _mm_and_si128(u, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i + 1)), dot));
            u = _mm_and_si128(u, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i + 2)), dash));
            if (_mm_movemask_epi8(u) != 0) flags |= PITH_ATTRIBUTE_TOKEN_NAME;
        }
        if (flags == (PITH_CONTROL_BYTE | PITH_TEXT_TOKEN_LEAD | PITH_ATTRIBUTE_TOKEN_NAME)) return flags;
    }
#endif
    for (; i < n; i++) {
        unsigned char b = p[i];
        if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) flags |= PITH_CONTROL_BYTE;
        if (b == 0xF3) flags |= PITH_TEXT_TOKEN_LEAD;
        if (b == '_' && i + 2 < n && p[i + 1] == '.' && p[i + 2] == '-') flags |= PITH_ATTRIBUTE_TOKEN_NAME;
    }
    return flags;
}
