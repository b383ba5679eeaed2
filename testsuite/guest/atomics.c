/*
 * Atomic read-modify-write operations on 1, 2, 4 and 8 bytes: fetch-add/sub/and/or/xor,
 * exchange and compare-exchange (both outcomes). GCC builds them as calls to libgcc's
 * out-of-line helpers, which use LSE instructions (CAS, LDADD, SWP) when the auxiliary vector
 * reports them and LDXR/STXR loops otherwise: the results must be the same either way.
 */
#include <stdint.h>
#include <stdio.h>

#define TEST(type, name)                                                                   \
    static void test_##name(void)                                                          \
    {                                                                                      \
        static volatile type v;                                                            \
        type old, expected;                                                                \
        uint64_t h = 0;                                                                    \
        __atomic_store_n(&v, (type) 0x7ffffffffffffff0ull, __ATOMIC_SEQ_CST);             \
        for (int i = 0; i < 1000; i++) {                                                   \
            old = __atomic_fetch_add(&v, (type) (i * 7 + 1), __ATOMIC_SEQ_CST);            \
            h = h * 31 + (uint64_t) old;                                                   \
            old = __atomic_fetch_xor(&v, (type) (i * 0x1111), __ATOMIC_ACQ_REL);           \
            h = h * 31 + (uint64_t) old;                                                   \
            old = __atomic_fetch_or(&v, (type) (1u << (i % 8)), __ATOMIC_RELAXED);         \
            h = h * 31 + (uint64_t) old;                                                   \
            old = __atomic_fetch_and(&v, (type) ~(type) (1u << (i % 5)), __ATOMIC_RELEASE);\
            h = h * 31 + (uint64_t) old;                                                   \
            old = __atomic_fetch_sub(&v, (type) 3, __ATOMIC_ACQUIRE);                      \
            h = h * 31 + (uint64_t) old;                                                   \
            old = __atomic_exchange_n(&v, (type) (old * 5), __ATOMIC_SEQ_CST);             \
            h = h * 31 + (uint64_t) old;                                                   \
            expected = (type) (i % 2 ? old * 5 : old);                                     \
            int ok = __atomic_compare_exchange_n(&v, &expected, (type) (expected + i), 0,  \
                                                 __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);      \
            h = h * 31 + (uint64_t) ok * 2 + (uint64_t) expected;                          \
        }                                                                                  \
        printf("%-6s final %016llx hash %016llx\n", #name,                                 \
               (unsigned long long) __atomic_load_n(&v, __ATOMIC_SEQ_CST),                 \
               (unsigned long long) h);                                                    \
    }

TEST(uint8_t, u8)
TEST(uint16_t, u16)
TEST(uint32_t, u32)
TEST(uint64_t, u64)

int main(void)
{
    test_u8();
    test_u16();
    test_u32();
    test_u64();
    static volatile int flag;
    printf("test_and_set: %d %d\n", __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST),
           __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST));
    return 0;
}
