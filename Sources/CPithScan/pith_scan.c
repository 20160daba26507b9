#include "pith_scan.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__clang__)
#include <immintrin.h>
#define PITH_HAVE_AVX2_PATH 1
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

static int page_flags_sse2(const unsigned char *p, size_t n) {
    int flags = 0;
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i limit = _mm_set1_epi8(0x1F), tab = _mm_set1_epi8(0x09), lf = _mm_set1_epi8(0x0A),
                  cr = _mm_set1_epi8(0x0D), lead = _mm_set1_epi8((char)0xF3), under = _mm_set1_epi8('_'),
                  dot = _mm_set1_epi8('.'), dash = _mm_set1_epi8('-');
    /* Each finding is or-ed into a register, without a branch per sixteen bytes; the registers
       are looked at every 4 KiB (to stop early once all three are found) and at the end. */
    __m128i control = _mm_setzero_si128(), leads = _mm_setzero_si128(), names = _mm_setzero_si128();
    while (i + 18 <= n) {
        size_t stop = i + 4096 < n - 17 ? i + 4096 : n - 17;
        for (; i < stop; i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
            __m128i low = _mm_cmpeq_epi8(_mm_max_epu8(v, limit), limit);
            __m128i allowed = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr));
            control = _mm_or_si128(control, _mm_andnot_si128(allowed, low));
            leads = _mm_or_si128(leads, _mm_cmpeq_epi8(v, lead));
            __m128i u = _mm_cmpeq_epi8(v, under);
            u = _mm_and_si128(u, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i + 1)), dot));
            u = _mm_and_si128(u, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(p + i + 2)), dash));
            names = _mm_or_si128(names, u);
        }
        if (_mm_movemask_epi8(control) != 0) flags |= PITH_CONTROL_BYTE;
        if (_mm_movemask_epi8(leads) != 0) flags |= PITH_TEXT_TOKEN_LEAD;
        if (_mm_movemask_epi8(names) != 0) flags |= PITH_ATTRIBUTE_TOKEN_NAME;
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

#if defined(PITH_HAVE_AVX2_PATH)
/* The same thirty-two bytes at a time, on machines with AVX2 (chosen at run time). */
__attribute__((target("avx2")))
static int page_flags_avx2(const unsigned char *p, size_t n) {
    int flags = 0;
    size_t i = 0;
    const __m256i limit = _mm256_set1_epi8(0x1F), tab = _mm256_set1_epi8(0x09), lf = _mm256_set1_epi8(0x0A),
                  cr = _mm256_set1_epi8(0x0D), lead = _mm256_set1_epi8((char)0xF3), under = _mm256_set1_epi8('_'),
                  dot = _mm256_set1_epi8('.'), dash = _mm256_set1_epi8('-');
    __m256i control = _mm256_setzero_si256(), leads = _mm256_setzero_si256(), names = _mm256_setzero_si256();
    while (i + 34 <= n) {
        size_t stop = i + 4096 < n - 33 ? i + 4096 : n - 33;
        for (; i < stop; i += 32) {
            __m256i v = _mm256_loadu_si256((const __m256i *)(p + i));
            __m256i low = _mm256_cmpeq_epi8(_mm256_max_epu8(v, limit), limit);
            __m256i allowed = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(v, tab), _mm256_cmpeq_epi8(v, lf)),
                                              _mm256_cmpeq_epi8(v, cr));
            control = _mm256_or_si256(control, _mm256_andnot_si256(allowed, low));
            leads = _mm256_or_si256(leads, _mm256_cmpeq_epi8(v, lead));
            __m256i u = _mm256_cmpeq_epi8(v, under);
            u = _mm256_and_si256(u, _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i + 1)), dot));
            u = _mm256_and_si256(u, _mm256_cmpeq_epi8(_mm256_loadu_si256((const __m256i *)(p + i + 2)), dash));
            names = _mm256_or_si256(names, u);
        }
        if (_mm256_movemask_epi8(control) != 0) flags |= PITH_CONTROL_BYTE;
        if (_mm256_movemask_epi8(leads) != 0) flags |= PITH_TEXT_TOKEN_LEAD;
        if (_mm256_movemask_epi8(names) != 0) flags |= PITH_ATTRIBUTE_TOKEN_NAME;
        if (flags == (PITH_CONTROL_BYTE | PITH_TEXT_TOKEN_LEAD | PITH_ATTRIBUTE_TOKEN_NAME)) return flags;
    }
    /* Every start before i was looked at (with its two bytes after); the rest goes sixteen at a time. */
    return flags | page_flags_sse2(p + i, n - i);
}
#endif

int pith_page_flags(const unsigned char *p, size_t n) {
#if defined(PITH_HAVE_AVX2_PATH)
    if (__builtin_cpu_supports("avx2")) return page_flags_avx2(p, n);
#endif
    return page_flags_sse2(p, n);
}
