// Advanced SIMD forms for the disassembler golden file (see simd.sh).
    .text
    // three same: logic and aliases
    and v0.16b, v1.16b, v2.16b
    bic v0.8b, v1.8b, v2.8b
    orr v3.16b, v4.16b, v5.16b
    mov v3.16b, v4.16b
    mov v3.8b, v31.8b
    orn v0.16b, v3.16b, v0.16b
    eor v0.8b, v1.8b, v2.8b
    bsl v0.16b, v1.16b, v2.16b
    bit v2.16b, v3.16b, v4.16b
    bif v0.8b, v1.8b, v2.8b
    // three same: arithmetic, compare
    add v0.2d, v0.2d, v1.2d
    add v0.2s, v0.2s, v1.2s
    sub v0.4h, v1.4h, v31.4h
    mul v0.4s, v1.4s, v2.4s
    mla v0.8h, v1.8h, v2.8h
    mls v0.8b, v1.8b, v2.8b
    pmul v0.16b, v1.16b, v2.16b
    cmeq v2.16b, v1.16b, v0.16b
    cmhs v2.16b, v3.16b, v1.16b
    cmhi v2.4s, v3.4s, v1.4s
    cmge v2.8h, v3.8h, v1.8h
    cmgt v2.2d, v3.2d, v1.2d
    cmtst v2.16b, v3.16b, v1.16b
    umaxp v0.16b, v0.16b, v1.16b
    uminp v0.16b, v1.16b, v2.16b
    smaxp v0.4s, v1.4s, v2.4s
    sminp v0.2s, v1.2s, v2.2s
    addp v5.16b, v2.16b, v2.16b
    addp v5.2d, v2.2d, v2.2d
    umax v0.16b, v1.16b, v2.16b
    umin v0.8h, v1.8h, v2.8h
    smax v0.4s, v1.4s, v2.4s
    smin v0.8b, v1.8b, v2.8b
    uabd v0.16b, v1.16b, v2.16b
    sabd v0.4s, v1.4s, v2.4s
    uaba v0.16b, v1.16b, v2.16b
    saba v0.8h, v1.8h, v2.8h
    uhadd v0.16b, v1.16b, v2.16b
    shadd v0.4h, v1.4h, v2.4h
    urhadd v0.16b, v1.16b, v2.16b
    srhadd v0.4s, v1.4s, v2.4s
    uhsub v0.16b, v1.16b, v2.16b
    shsub v0.8h, v1.8h, v2.8h
    uqadd v0.16b, v1.16b, v2.16b
    sqadd v0.2d, v1.2d, v2.2d
    uqsub v0.8h, v1.8h, v2.8h
    sqsub v0.4s, v1.4s, v2.4s
    ushl v0.16b, v1.16b, v2.16b
    sshl v0.2d, v1.2d, v2.2d
    urshl v0.4s, v1.4s, v2.4s
    srshl v0.8h, v1.8h, v2.8h
    // scalar three same
    add d0, d1, d2
    sub d0, d1, d2
    cmeq d0, d1, d2
    cmhi d0, d1, d2
    cmtst d0, d1, d2
    ushl d0, d1, d2
    sqadd b0, b1, b2
    uqsub s0, s1, s2
    // three different
    addhn v2.8b, v1.8h, v1.8h
    addhn2 v2.16b, v1.8h, v3.8h
    raddhn v2.4h, v1.4s, v1.4s
    subhn2 v2.4s, v1.2d, v3.2d
    rsubhn v2.8b, v1.8h, v1.8h
    uaddw v0.2d, v0.2d, v1.2s
    uaddw2 v0.2d, v0.2d, v1.4s
    saddw v0.8h, v0.8h, v1.8b
    usubw2 v0.4s, v0.4s, v1.8h
    ssubw v0.4s, v0.4s, v1.4h
    uaddl v0.8h, v1.8b, v2.8b
    saddl2 v0.4s, v1.8h, v2.8h
    usubl v0.2d, v1.2s, v2.2s
    ssubl2 v0.8h, v1.16b, v2.16b
    umull v0.8h, v1.8b, v2.8b
    smull2 v0.2d, v1.4s, v2.4s
    umlal v0.4s, v1.4h, v2.4h
    smlsl2 v0.8h, v1.16b, v2.16b
    uabdl v0.8h, v1.8b, v2.8b
    sabal2 v0.2d, v1.4s, v2.4s
    // two-reg misc
    rev64 v0.2s, v0.2s
    rev64 v0.16b, v1.16b
    rev32 v1.8b, v1.8b
    rev32 v1.8h, v2.8h
    rev16 v1.16b, v2.16b
    cnt v0.8b, v0.8b
    cnt v0.16b, v1.16b
    mvn v1.16b, v1.16b
    mvn v1.8b, v2.8b
    rbit v1.16b, v2.16b
    cls v0.4s, v1.4s
    clz v0.8h, v1.8h
    uaddlp v0.8h, v1.16b
    saddlp v0.1d, v1.2s
    uadalp v0.2s, v1.4h
    sadalp v0.2d, v1.4s
    cmeq v0.16b, v1.16b, #0
    cmeq v0.8b, v1.8b, #0
    cmge v0.4s, v1.4s, #0
    cmgt v0.2d, v1.2d, #0
    cmle v0.8h, v1.8h, #0
    cmlt v0.2s, v1.2s, #0
    abs v0.4s, v1.4s
    neg v0.2d, v1.2d
    xtn v0.2s, v0.2d
    xtn2 v0.16b, v1.8h
    xtn v0.4h, v1.4s
    shll v0.8h, v1.8b, #8
    shll2 v0.2d, v1.4s, #32
    scvtf v0.4s, v1.4s
    ucvtf v0.2d, v1.2d
    fcvtzs v0.2s, v1.2s
    fcvtzu v0.4s, v1.4s
    // scalar two-reg misc
    cmge d0, d0, #0
    cmeq d1, d2, #0
    cmlt d1, d2, #0
    neg d1, d2
    abs d1, d2
    scvtf d1, d1
    scvtf s1, s2
    ucvtf d0, d0
    fcvtzs d0, d0
    fcvtzs s1, s0
    fcvtzu d0, d0
    fcvtzu s3, s4
    // across lanes and scalar pairwise
    addv b0, v0.8b
    addv h0, v1.8h
    addv s0, v1.4s
    uaddlv h0, v0.16b
    uaddlv d0, v0.4s
    saddlv s0, v1.8h
    umaxv b0, v1.16b
    uminv h0, v1.4h
    smaxv s0, v1.4s
    sminv b0, v1.8b
    addp d0, v0.2d
    // shift by immediate
    shrn v3.8b, v2.8h, #4
    shrn v3.4h, v2.4s, #16
    shrn2 v3.4s, v2.2d, #1
    rshrn v3.8b, v2.8h, #8
    rshrn2 v3.16b, v2.8h, #3
    ushr v0.16b, v1.16b, #8
    ushr v0.2d, v1.2d, #64
    ushr d1, d0, #32
    sshr v0.4s, v1.4s, #31
    sshr d0, d1, #64
    usra v0.8h, v1.8h, #1
    ssra v0.2s, v1.2s, #3
    urshr v0.4s, v1.4s, #7
    srshr v0.16b, v1.16b, #1
    ursra d0, d1, #9
    srsra v0.2d, v1.2d, #63
    sri v0.8b, v1.8b, #4
    sli v0.2d, v1.2d, #0
    shl v0.2d, v0.2d, #2
    shl v0.16b, v1.16b, #7
    shl d0, d1, #63
    sxtl v0.2d, v0.2s
    uxtl v0.2d, v0.2s
    uxtl v0.8h, v1.8b
    uxtl2 v0.8h, v1.16b
    sxtl2 v0.4s, v1.8h
    ushll v0.8h, v1.8b, #3
    sshll2 v0.2d, v1.4s, #31
    // modified immediate
    movi v4.16b, #0x33
    movi v0.8b, #0xff
    movi v0.2d, #0x0
    movi v0.2d, #0xff00ff00ff00ff00
    movi d0, #0x0
    movi d3, #0xffff0000ffff
    movi v0.4s, #0x1
    movi v0.2s, #0x80, lsl #24
    movi v0.4h, #0x3, lsl #8
    movi v0.8h, #0x3
    movi v0.4s, #0x12, msl #8
    movi v0.2s, #0x12, msl #16
    mvni v0.4s, #0x0
    mvni v0.2s, #0xf, lsl #16
    mvni v0.2s, #0x1, msl #8
    mvni v0.8h, #0x7f, lsl #8
    orr v0.4s, #0x1, lsl #8
    orr v0.4h, #0xff
    bic v4.8h, #0xf0
    bic v4.8h, #0xf, lsl #8
    bic v0.2s, #0x1, lsl #24
    fmov v0.4s, #1.000000000000000000e+00
    fmov v0.2s, #-2.500000000000000000e-01
    fmov v0.2d, #3.100000000000000000e+01
    fmov v1.2d, #-1.250000000000000000e-01
    // copy
    dup v0.16b, w1
    dup v0.8h, wzr
    dup v0.2s, w3
    dup v0.4s, w3
    dup v0.2d, x1
    dup v0.2d, v1.d[0]
    dup v0.16b, v1.b[15]
    dup v0.4h, v1.h[7]
    dup v0.2s, v1.s[3]
    mov v0.s[1], w2
    mov v0.b[15], w2
    mov v0.h[3], wzr
    mov v0.d[1], x2
    mov v0.s[1], v1.s[0]
    mov v0.d[1], v0.d[0]
    mov v0.b[3], v1.b[14]
    umov w23, v0.b[0]
    umov w0, v1.h[7]
    mov w0, v0.s[2]
    mov x0, v0.d[0]
    mov x1, v2.d[1]
    smov w0, v1.b[3]
    smov x0, v1.h[1]
    smov x0, v1.s[3]
    mov b0, v1.b[5]
    mov h0, v1.h[2]
    mov s0, v1.s[3]
    mov d0, v1.d[1]
    // permute, extract, table lookup
    uzp1 v2.4s, v2.4s, v4.4s
    uzp2 v2.16b, v2.16b, v4.16b
    trn1 v2.8b, v2.8b, v4.8b
    trn2 v2.2d, v2.2d, v4.2d
    zip1 v2.8h, v2.8h, v4.8h
    zip2 v2.2s, v2.2s, v4.2s
    ext v0.16b, v2.16b, v3.16b, #15
    ext v0.8b, v2.8b, v3.8b, #7
    ext v0.16b, v2.16b, v3.16b, #0
    tbl v0.16b, {v1.16b}, v2.16b
    tbl v0.8b, {v1.16b, v2.16b}, v3.8b
    tbx v0.16b, {v30.16b, v31.16b, v0.16b}, v3.16b
    tbx v0.8b, {v4.16b, v5.16b, v6.16b, v7.16b}, v3.8b
    tbl v0.16b, {v1.16b, v2.16b, v3.16b}, v2.16b
    tbl v0.16b, {v30.16b, v31.16b, v0.16b, v1.16b}, v2.16b
    tbl v0.16b, {v31.16b, v0.16b}, v2.16b
    // floating point vector forms
    fadd v0.4s, v1.4s, v2.4s
    fsub v0.2d, v1.2d, v2.2d
    fmul v0.2s, v1.2s, v2.2s
    fdiv v0.4s, v1.4s, v2.4s
    fmla v0.2d, v1.2d, v2.2d
    fmls v0.4s, v1.4s, v2.4s
    fmax v0.4s, v1.4s, v2.4s
    fminnm v0.2d, v1.2d, v2.2d
    faddp v0.4s, v1.4s, v2.4s
    fmaxp v0.2d, v1.2d, v2.2d
    fabd v0.4s, v1.4s, v2.4s
    fabd s0, s1, s2
    fcmeq v0.4s, v1.4s, v2.4s
    fcmge d0, d1, d2
    facgt v0.2s, v1.2s, v2.2s
    fmulx v0.2d, v1.2d, v2.2d
    frecps v0.4s, v1.4s, v2.4s
    frsqrts d0, d1, d2
    fabs v0.4s, v1.4s
    fneg v0.2d, v1.2d
    fsqrt v0.2s, v1.2s
    fcmeq v0.4s, v1.4s, #0.0
    fcmlt d0, d1, #0.0
    fcmle v0.2d, v1.2d, #0.0
    frintn v0.4s, v1.4s
    frintm v0.2d, v1.2d
    frintp v0.2s, v1.2s
    frintz v0.4s, v1.4s
    frinta v0.2d, v1.2d
    frintx v0.4s, v1.4s
    frinti v0.2d, v1.2d
    fcvtns v0.4s, v1.4s
    fcvtmu v0.2d, v1.2d
    fcvtps s0, s1
    fcvtau d0, d1
    fcvtl v0.2d, v1.2s
    fcvtl2 v0.2d, v1.4s
    fcvtn v0.2s, v1.2d
    fcvtn2 v0.4s, v1.2d
    fmaxv s0, v1.4s
    fminnmv s0, v1.4s
    faddp s0, v1.2s
    faddp d0, v1.2d
    fmaxnmp d0, v1.2d
    fminp s0, v1.2s
    // by element
    mul v0.4s, v1.4s, v2.s[3]
    mul v0.8h, v1.8h, v15.h[7]
    mla v0.4h, v1.4h, v2.h[0]
    mls v0.2s, v1.2s, v31.s[1]
    smull v0.4s, v1.4h, v2.h[5]
    umull2 v0.2d, v1.4s, v2.s[2]
    smlal2 v0.4s, v1.8h, v2.h[1]
    umlsl v0.2d, v1.2s, v2.s[0]
    fmul v0.4s, v1.4s, v2.s[3]
    fmla v0.2d, v1.2d, v2.d[1]
    fmls v0.2s, v1.2s, v20.s[1]
    fmulx v0.4s, v1.4s, v2.s[0]
    fmul d0, d1, v2.d[1]
    fmla s0, s1, v2.s[2]
    // saturating, doubling and fixed-point forms
    sqshl v0.16b, v1.16b, v2.16b
    uqshl d0, d1, d2
    sqrshl v0.4s, v1.4s, v2.4s
    uqrshl b0, b1, b2
    sqdmulh v0.8h, v1.8h, v2.8h
    sqrdmulh s0, s1, s2
    sqdmull v0.4s, v1.4h, v2.4h
    sqdmlal2 v0.2d, v1.4s, v2.4s
    sqdmlsl s0, h1, h2
    pmull v0.8h, v1.8b, v2.8b
    pmull2 v0.8h, v1.16b, v2.16b
    sqxtn v0.8b, v1.8h
    uqxtn2 v0.8h, v1.4s
    sqxtun v0.2s, v1.2d
    sqxtn b0, h1
    uqxtn s0, d1
    sqabs v0.4s, v1.4s
    sqneg d0, d1
    suqadd v0.16b, v1.16b
    usqadd h0, h1
    sqshrn v0.8b, v1.8h, #3
    uqrshrn2 v0.4s, v1.2d, #32
    sqshrun h0, s1, #16
    sqrshrun2 v0.16b, v1.8h, #1
    sqshrn b0, h1, #8
    sqshl v0.4s, v1.4s, #31
    uqshl b0, b1, #0
    sqshlu d0, d1, #63
    scvtf v0.4s, v1.4s, #3
    ucvtf d0, d1, #64
    fcvtzs s0, s1, #32
    fcvtzu v0.2d, v1.2d, #1
    sqdmulh v0.4s, v1.4s, v2.s[1]
    sqrdmulh h0, h1, v2.h[7]
    sqdmull2 v0.4s, v1.8h, v2.h[3]
    sqdmlal d0, s1, v2.s[3]
    // estimates and round-to-odd narrowing
    frecpe v0.4s, v1.4s
    frecpe v0.2d, v1.2d
    frecpe s0, s1
    frecpe d0, d1
    frsqrte v0.4s, v1.4s
    frsqrte v0.2d, v1.2d
    frsqrte s0, s1
    frsqrte d0, d1
    urecpe v0.4s, v1.4s
    ursqrte v0.2s, v1.2s
    frecpx s0, s1
    frecpx d0, d1
    fcvtxn v0.2s, v1.2d
    fcvtxn2 v0.4s, v1.2d
    fcvtxn s0, d1
