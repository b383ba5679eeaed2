    .arch armv8.3-a
    .text
start:
    ldr x0, [x1]
    ldr x0, [x1, #8]
    ldr x0, [sp, #32760]
    ldr w0, [x1, #4]
    ldrb w3, [x4, #4095]
    ldrh w3, [x4, #2]
    ldrsb w3, [x4, #1]
    ldrsb x3, [x4, #1]
    ldrsh w3, [x4, #2]
    ldrsh x3, [x4, #2]
    ldrsw x3, [x4, #4]
    str x0, [x1, #8]
    str xzr, [sp, #16]
    str wzr, [x1]
    strb w0, [x1, #1]
    strh w0, [x1, #2]
    ldr x0, [x1], #8
    ldr x0, [x1, #8]!
    ldr x0, [x1], #-256
    ldr x0, [x1, #255]!
    ldr w0, [x1, #-4]!
    str x30, [sp, #-16]!
    str w0, [x1], #4
    strb w0, [x1], #1
    ldrb w0, [x1], #1
    ldrb w0, [x1, #-1]!
    ldrh w0, [x1], #2
    ldrsb x0, [x1], #1
    ldrsh w0, [x1, #-2]!
    ldrsw x0, [x1], #4
    ldur x0, [x1, #-8]
    ldur w0, [x1, #1]
    ldurb w0, [x1, #-1]
    ldurh w0, [x1, #3]
    ldursb w0, [x1, #-1]
    ldursb x0, [x1, #-1]
    ldursh w0, [x1, #-1]
    ldursh x0, [x1, #-1]
    ldursw x0, [x1, #-4]
    stur x0, [x1, #-8]
    stur w0, [sp, #-4]
    sturb w0, [x1, #-1]
    sturh wzr, [x1, #-1]
    ldr w0, [x1, x2, lsl #2]
    ldr w0, [x1, x2]
    ldr x0, [x1, x2, lsl #3]
    ldr x0, [x1, w2, sxtw]
    ldr x0, [x1, w2, sxtw #3]
    ldr x0, [x1, w2, uxtw]
    ldr x0, [x1, w2, uxtw #3]
    ldr x0, [x1, x2, sxtx]
    ldr x0, [x1, x2, sxtx #3]
    ldrb w0, [x1, x2]
    ldrb w0, [x1, x2, lsl #0]
    ldrb w0, [x1, w2, uxtw]
    ldrb w0, [x1, w2, sxtw #0]
    ldrh w0, [x1, x2, lsl #1]
    ldrsh x0, [x1, w2, sxtw #1]
    ldrsb w0, [x1, x2]
    ldrsw x0, [x1, x2, lsl #2]
    str x0, [sp, x2]
    strb w0, [x1, x2]
    strh w0, [x1, w2, uxtw #1]
    str w0, [x1, x2, lsl #2]
    ldr b0, [x1]
    ldr h0, [x1, #2]
    ldr s0, [x1, #4]
    ldr d0, [x1, #8]
    ldr q0, [x0, #16]
    str q0, [sp, #65520]
    str b1, [x2, #1]
    str h1, [x2, #2]
    str s1, [x2, #4]
    str d1, [x2, #8]
    ldr q1, [x2], #16
    str q1, [x2, #-16]!
    ldr d1, [x2], #-8
    str s1, [x2, #4]!
    ldur q0, [x1, #-16]
    stur d0, [x1, #-8]
    ldur b0, [x1, #-1]
    stur h0, [x1, #1]
    ldr q0, [x1, x2, lsl #4]
    ldr d0, [x1, x2, lsl #3]
    str s0, [x1, w2, uxtw #2]
    ldr b0, [x1, x2]
    ldr h0, [x1, x2, lsl #1]
    str q3, [x1, x2]
    ldr x0, start
    ldr w0, start
    ldrsw x0, start
    ldr s0, start
    ldr d0, start
    ldr q0, start
    prfm pldl1keep, start
    prfm pldl1keep, [x0]
    prfm pldl2strm, [x0, #8]
    prfm pstl1keep, [x0, #64]
    prfm plil3keep, [x0, #64]
    prfm pldl1keep, [x0, x1]
    prfm pstl1strm, [x0, x1, lsl #3]
    prfum pldl1keep, [x0, #-1]
    prfm #0x1f, [x0]
    prfm #0x06, [x0]
    ldp x0, x1, [x2]
    ldp x0, x1, [sp, #16]
    ldp x29, x30, [sp], #32
    stp x29, x30, [sp, #-32]!
    stp xzr, xzr, [x0, #-512]
    stp x0, x1, [x0, #504]
    ldp w0, w1, [x2, #-4]
    stp w0, w1, [x2], #8
    ldp w0, w1, [x2, #252]!
    ldpsw x0, x1, [x2]
    ldpsw x0, x1, [x2, #8]
    ldpsw x0, x1, [x2], #8
    ldpsw x0, x1, [x2, #-8]!
    ldnp x0, x1, [x2]
    stnp x0, x1, [x2, #16]
    ldnp w0, w1, [x2, #-8]
    ldp q0, q1, [x0]
    stp q0, q1, [x0, #32]
    ldp q0, q1, [x0], #-1024
    stp q0, q1, [sp, #1008]!
    ldp d0, d1, [x0, #8]
    stp s0, s1, [x0, #-4]
    ldp d8, d9, [sp], #16
    stp d8, d9, [sp, #-16]!
    ldnp q0, q1, [x0, #32]
    stnp d0, d1, [x0]
    ldnp s2, s3, [x0, #4]
    ldxr w0, [x1]
    ldxr x0, [sp]
    ldxrb w0, [x1]
    ldxrh w0, [x1]
    ldaxr w0, [x1]
    ldaxr x0, [x1]
    ldaxrb w0, [x1]
    ldaxrh w0, [x1]
    stxr w2, x0, [x1]
    stxr w2, w0, [x1]
    stxrb w2, w0, [x1]
    stxrh w2, w0, [x1]
    stlxr w2, x0, [x1]
    stlxr w2, w0, [sp]
    stlxrb w2, w0, [x1]
    stlxrh w2, w0, [x1]
    ldxp x0, x1, [x2]
    ldxp w0, w1, [x2]
    ldaxp x0, x1, [x2]
    ldaxp w0, w1, [x2]
    stxp w3, x0, x1, [x2]
    stxp w3, w0, w1, [x2]
    stlxp w3, x0, x1, [x2]
    stlxp w3, w0, w1, [x2]
    ldar w0, [x1]
    ldar x0, [x1]
    ldarb w0, [x1]
    ldarh w0, [x1]
    stlr w0, [x1]
    stlr x0, [sp]
    stlrb w0, [x1]
    stlrh w0, [x1]
    ld1 {v0.16b}, [x0]
    ld1 {v0.8b}, [x0]
    ld1 {v0.16b, v1.16b}, [x0], #32
    ld1 {v0.4s, v1.4s, v2.4s}, [x0]
    ld1 {v0.2d, v1.2d, v2.2d, v3.2d}, [x0], #64
    ld1 {v31.2d, v0.2d}, [x0]
    ld1 {v0.4h}, [x0], x2
    ld1 {v0.1d, v1.1d}, [sp], #16
    ld1 {v5.8h, v6.8h, v7.8h}, [x1], #48
    ld1 {v0.2s, v1.2s, v2.2s, v3.2s}, [x0], #32
    st1 {v0.16b}, [x0]
    st1 {v0.16b, v1.16b}, [x0], #32
    st1 {v0.8b, v1.8b, v2.8b}, [x0], #24
    st1 {v0.4s, v1.4s, v2.4s, v3.4s}, [x0], x5
    st1 {v30.1d}, [x0], #8
    ld1 {v30.16b, v31.16b, v0.16b}, [x0]
    ld1 {v31.2d, v0.2d, v1.2d, v2.2d}, [x1], #64
    ld1 {v29.4s-v31.4s}, [x0]
    ld2 {v0.16b, v1.16b}, [x0]
    ld2 {v0.4s, v1.4s}, [x0], #32
    ld3 {v0.8b, v1.8b, v2.8b}, [x0]
    ld3 {v30.4h, v31.4h, v0.4h}, [x1], x2
    ld4 {v0.2d, v1.2d, v2.2d, v3.2d}, [sp], #64
    st2 {v0.8h, v1.8h}, [x0], #32
    st3 {v4.16b, v5.16b, v6.16b}, [x0]
    st4 {v0.2s, v1.2s, v2.2s, v3.2s}, [x0], #32
    ld1 {v0.b}[15], [x0]
    ld1 {v0.h}[3], [x0], #2
    ld1 {v1.s}[1], [x0], x3
    ld1 {v2.d}[1], [sp]
    st1 {v0.b}[0], [x0], #1
    st1 {v0.s}[3], [x0]
    st1 {v31.d}[0], [x0], #8
    ld2 {v0.s, v1.s}[1], [x0], #8
    ld3 {v0.h, v1.h, v2.h}[7], [x0]
    ld4 {v0.d, v1.d, v2.d, v3.d}[1], [x0], #32
    st2 {v0.b, v1.b}[9], [x0]
    st4 {v30.s, v31.s, v0.s, v1.s}[2], [x0], #16
    ld1r {v0.16b}, [x0]
    ld1r {v0.4s}, [x0], #4
    ld1r {v0.1d}, [x0], x1
    ld2r {v0.8h, v1.8h}, [x0]
    ld3r {v0.2s, v1.2s, v2.2s}, [x0], #12
    ld4r {v0.2d, v1.2d, v2.2d, v3.2d}, [x0], #32
    ldapr w0, [x1]
    ldapr x0, [sp]
    ldaprb w2, [x3]
    ldaprh w2, [x3]
    .inst 0x889afc01
    .inst 0x889fe801
    .inst 0x88dafc01
    .inst 0x69ef7bd1
    .inst 0x69699f07
    .inst 0x69ef7bff
