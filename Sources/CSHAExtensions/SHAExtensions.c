#include "CSHAExtensions.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <immintrin.h>

// Compiled for baseline x86-64: it must run on any processor.
int greffier_sha_extensions_available(void) {
    unsigned int a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
    // SSSE3 (ECX bit 9, pshufb) and SSE4.1 (ECX bit 19, pblendw).
    if (!(c & (1u << 9)) || !(c & (1u << 19))) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    // SHA (EBX bit 29).
    return (b >> 29) & 1u;
}


// Four rounds on the schedule words `cur` (K, the round constants, from `k`, which the Swift
// side passes: one table for both hashes): the state held as ABEF and CDGH, sha256rnds2 doing
// two rounds at a time. `next` gets its schedule finished (groups 3 to 14), `prev` its schedule
// begun (groups 1 to 12): Intel's arrangement.
#define GROUP_OF(g, abef, cdgh, cur, prev, next)                                               \
    do {                                                                                       \
        __m128i w = _mm_add_epi32(cur, _mm_loadu_si128((const __m128i *)(k + 4 * (g))));     \
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, w);                                           \
        if ((g) >= 3 && (g) <= 14)                                                             \
            next = _mm_sha256msg2_epu32(_mm_add_epi32(next, _mm_alignr_epi8(cur, prev, 4)), cur); \
        w = _mm_shuffle_epi32(w, 0x0E);                                                        \
        abef = _mm_sha256rnds2_epu32(abef, cdgh, w);                                           \
        if ((g) >= 1 && (g) <= 12) prev = _mm_sha256msg1_epu32(prev, cur);                     \
    } while (0)
#define GROUP(g, cur, prev, next) GROUP_OF(g, abef, cdgh, cur, prev, next)

// The state words H0…H7 as ABEF and CDGH, and back.
#define LOAD_STATE(state, abef, cdgh)                                                          \
    do {                                                                                       \
        __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)(state)), 0xB1);     \
        __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)((state) + 4)), 0x1B); \
        abef = _mm_alignr_epi8(dcba, efgh, 8);                                                 \
        cdgh = _mm_blend_epi16(efgh, dcba, 0xF0);                                              \
    } while (0)
#define STORE_STATE(state, abef, cdgh)                                                         \
    do {                                                                                       \
        __m128i feba = _mm_shuffle_epi32(abef, 0x1B);                                          \
        __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);                                          \
        _mm_storeu_si128((__m128i *)(state), _mm_blend_epi16(feba, dchg, 0xF0));               \
        _mm_storeu_si128((__m128i *)((state) + 4), _mm_alignr_epi8(dchg, feba, 8));            \
    } while (0)
#define LOAD_BLOCK(data, m0, m1, m2, m3)                                                       \
    __m128i m0 = _mm_shuffle_epi8(_mm_loadu_si128(data), swap);                                \
    __m128i m1 = _mm_shuffle_epi8(_mm_loadu_si128((data) + 1), swap);                          \
    __m128i m2 = _mm_shuffle_epi8(_mm_loadu_si128((data) + 2), swap);                          \
    __m128i m3 = _mm_shuffle_epi8(_mm_loadu_si128((data) + 3), swap)

__attribute__((target("sha,sse4.1,ssse3")))
void greffier_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t count, const uint32_t k[64]) {
    // The message's words are big-endian.
    const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)state), 0xB1);       // CDAB
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)(state + 4)), 0x1B); // EFGH
    __m128i abef = _mm_alignr_epi8(dcba, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, dcba, 0xF0);
    for (size_t block = 0; block < count; block++) {
        const __m128i *data = (const __m128i *)(blocks + 64 * block);
        const __m128i savedABEF = abef, savedCDGH = cdgh;
        __m128i m0 = _mm_shuffle_epi8(_mm_loadu_si128(data), swap);
        __m128i m1 = _mm_shuffle_epi8(_mm_loadu_si128(data + 1), swap);
        __m128i m2 = _mm_shuffle_epi8(_mm_loadu_si128(data + 2), swap);
        __m128i m3 = _mm_shuffle_epi8(_mm_loadu_si128(data + 3), swap);
        GROUP(0, m0, m3, m1);
        GROUP(1, m1, m0, m2);
        GROUP(2, m2, m1, m3);
        GROUP(3, m3, m2, m0);
        GROUP(4, m0, m3, m1);
        GROUP(5, m1, m0, m2);
        GROUP(6, m2, m1, m3);
        GROUP(7, m3, m2, m0);
        GROUP(8, m0, m3, m1);
        GROUP(9, m1, m0, m2);
        GROUP(10, m2, m1, m3);
        GROUP(11, m3, m2, m0);
        GROUP(12, m0, m3, m1);
        GROUP(13, m1, m0, m2);
        GROUP(14, m2, m1, m3);
        GROUP(15, m3, m2, m0);
        abef = _mm_add_epi32(abef, savedABEF);
        cdgh = _mm_add_epi32(cdgh, savedCDGH);
    }
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)state, _mm_blend_epi16(feba, dchg, 0xF0));         // DCBA
    _mm_storeu_si128((__m128i *)(state + 4), _mm_alignr_epi8(dchg, feba, 8));      // HGFE
}

// Two messages' blocks at once. sha256rnds2 waits for the previous one's result: one message
// leaves the unit idle between them, and the other message's rounds fill those gaps (about
// 1.8 times the bytes per second of one message on the AMD EPYC of the benchmark).
#define GROUPS(g, a0, a1, a2, b0, b1, b2)                                                      \
    GROUP_OF(g, abefA, cdghA, a0, a1, a2);                                                     \
    GROUP_OF(g, abefB, cdghB, b0, b1, b2)

__attribute__((target("sha,sse4.1,ssse3")))
void greffier_sha256_compress2(uint32_t stateA[8], const uint8_t *blocksA, uint32_t stateB[8],
                               const uint8_t *blocksB, size_t count, const uint32_t k[64]) {
    const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i abefA, cdghA, abefB, cdghB;
    LOAD_STATE(stateA, abefA, cdghA);
    LOAD_STATE(stateB, abefB, cdghB);
    for (size_t block = 0; block < count; block++) {
        const __m128i savedABEFA = abefA, savedCDGHA = cdghA, savedABEFB = abefB, savedCDGHB = cdghB;
        LOAD_BLOCK((const __m128i *)(blocksA + 64 * block), a0, a1, a2, a3);
        LOAD_BLOCK((const __m128i *)(blocksB + 64 * block), b0, b1, b2, b3);
        GROUPS(0, a0, a3, a1, b0, b3, b1);
        GROUPS(1, a1, a0, a2, b1, b0, b2);
        GROUPS(2, a2, a1, a3, b2, b1, b3);
        GROUPS(3, a3, a2, a0, b3, b2, b0);
        GROUPS(4, a0, a3, a1, b0, b3, b1);
        GROUPS(5, a1, a0, a2, b1, b0, b2);
        GROUPS(6, a2, a1, a3, b2, b1, b3);
        GROUPS(7, a3, a2, a0, b3, b2, b0);
        GROUPS(8, a0, a3, a1, b0, b3, b1);
        GROUPS(9, a1, a0, a2, b1, b0, b2);
        GROUPS(10, a2, a1, a3, b2, b1, b3);
        GROUPS(11, a3, a2, a0, b3, b2, b0);
        GROUPS(12, a0, a3, a1, b0, b3, b1);
        GROUPS(13, a1, a0, a2, b1, b0, b2);
        GROUPS(14, a2, a1, a3, b2, b1, b3);
        GROUPS(15, a3, a2, a0, b3, b2, b0);
        abefA = _mm_add_epi32(abefA, savedABEFA);
        cdghA = _mm_add_epi32(cdghA, savedCDGHA);
        abefB = _mm_add_epi32(abefB, savedABEFB);
        cdghB = _mm_add_epi32(cdghB, savedCDGHB);
    }
    STORE_STATE(stateA, abefA, cdghA);
    STORE_STATE(stateB, abefB, cdghB);
}

#else

int greffier_sha_extensions_available(void) { return 0; }

void greffier_sha256_compress2(uint32_t stateA[8], const uint8_t *blocksA, uint32_t stateB[8],
                               const uint8_t *blocksB, size_t count, const uint32_t k[64]) {
    (void)stateA;
    (void)blocksA;
    (void)stateB;
    (void)blocksB;
    (void)count;
    (void)k;
}

void greffier_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t count, const uint32_t k[64]) {
    (void)k;
    (void)state;
    (void)blocks;
    (void)count;
}

#endif
