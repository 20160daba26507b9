#include "pith_scan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

int pith_has_control_byte(const unsigned char *p, size_t n) {
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i limit = _mm_set1_epi8(0x1F), tab = _mm_set1_epi8(0x09), lf = _mm_set1_epi8(0x0A),
                  cr = _mm_set1_epi8(0x0D);
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        /* v <= 0x1F (unsigned) exactly when max(v, 0x1F) == 0x1F. */
        __m128i low = _mm_cmpeq_epi8(_mm_max_epu8(v, limit), limit);
        if (_mm_movemask_epi8(low) == 0) continue;
        __m128i allowed = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr));
        if (_mm_movemask_epi8(_mm_andnot_si128(allowed, low)) != 0) return 1;
    }
#endif
    for (; i < n; i++) {
        unsigned char b = p[i];
        if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) return 1;
    }
    return 0;
}

int pith_contains3(const unsigned char *p, size_t n, unsigned char a, unsigned char b, unsigned char c) {
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b), vc = _mm_set1_epi8((char)c);
    for (; i + 18 <= n; i += 16) {
        __m128i hit = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i)), va);
        if (_mm_movemask_epi8(hit) == 0) continue;
        hit = _mm_and_si128(hit, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i + 1)), vb));
        hit = _mm_and_si128(hit, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i + 2)), vc));
        if (_mm_movemask_epi8(hit) != 0) return 1;
    }
#endif
    for (; i + 2 < n; i++) {
        if (p[i] == a && p[i + 1] == b && p[i + 2] == c) return 1;
    }
    return 0;
}

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
