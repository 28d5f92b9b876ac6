// SHA-256's compression function with the processor's SHA instructions (Intel's SHA
// extensions, x86-64). In C because C can mark one function as compiled for instructions the
// rest of the program must not assume (`target("sha,sse4.1,ssse3")`); Swift cannot, short of
// compiling a whole module with unsafe flags. Used by `Greffier`'s `SHA256` only after
// `greffier_sha_extensions_available()` says yes.
#ifndef GREFFIER_CSHAEXTENSIONS_H
#define GREFFIER_CSHAEXTENSIONS_H

#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has the SHA extensions, SSSE3 and SSE4.1 (CPUID); 0 otherwise, and
/// always 0 on another architecture.
int greffier_sha_extensions_available(void);

/// Compresses `count` 64-byte blocks at `blocks` into `state`, the eight words H0…H7, with
/// `k` the 64 round constants. Only after `greffier_sha_extensions_available()` returned 1;
/// does nothing on another architecture.
void greffier_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t count, const uint32_t k[64]);

/// `greffier_sha256_compress` of `count` blocks of two messages at once (`blocksA` into
/// `stateA`, `blocksB` into `stateB`), their rounds interleaved.
void greffier_sha256_compress2(uint32_t stateA[8], const uint8_t *blocksA, uint32_t stateB[8],
                               const uint8_t *blocksB, size_t count, const uint32_t k[64]);

#endif
