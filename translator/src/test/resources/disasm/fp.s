// Scalar floating-point forms for the disassembler golden file (see fp.sh).
    .arch armv8.6-a+fp16+bf16
    .text
// FMOV immediate: a spread of imm8 values in every precision
    fmov h0, #1.0
    fmov h0, #-1.0
    fmov h0, #0.125
    fmov h0, #-0.125
    fmov h0, #2.0
    fmov h0, #31.0
    fmov h0, #-31.0
    fmov h0, #0.5
    fmov h0, #1.5
    fmov h0, #3.0
    fmov h0, #0.1875
    fmov h0, #15.5
    fmov h0, #-2.5
    fmov s0, #1.0
    fmov s0, #-1.0
    fmov s0, #0.125
    fmov s0, #-0.125
    fmov s0, #2.0
    fmov s0, #31.0
    fmov s0, #-31.0
    fmov s0, #0.5
    fmov s0, #1.5
    fmov s0, #3.0
    fmov s0, #0.1875
    fmov s0, #15.5
    fmov s0, #-2.5
    fmov d0, #1.0
    fmov d0, #-1.0
    fmov d0, #0.125
    fmov d0, #-0.125
    fmov d0, #2.0
    fmov d0, #31.0
    fmov d0, #-31.0
    fmov d0, #0.5
    fmov d0, #1.5
    fmov d0, #3.0
    fmov d0, #0.1875
    fmov d0, #15.5
    fmov d0, #-2.5
// FMOV register and general
    fmov h3, h4
    fmov h31, h0
    fmov s3, s4
    fmov s31, s0
    fmov d3, d4
    fmov d31, d0
    fmov x0, v1.d[1]
    fmov v1.d[1], x2
    fmov xzr, v31.d[1]
    fmov v0.d[1], xzr
    fmov w0, s1
    fmov s0, wzr
    fmov x0, d1
    fmov d0, xzr
    fmov w0, h1
    fmov h0, x1
    fmov x3, h4
    fmov h5, w6
// compares
    fcmp h0, #0.0
    fcmp h1, h2
    fcmp h31, h30
    fcmpe h0, #0.0
    fcmpe h1, h2
    fcmpe h31, h30
    fcmp s0, #0.0
    fcmp s1, s2
    fcmp s31, s30
    fcmpe s0, #0.0
    fcmpe s1, s2
    fcmpe s31, s30
    fcmp d0, #0.0
    fcmp d1, d2
    fcmp d31, d30
    fcmpe d0, #0.0
    fcmpe d1, d2
    fcmpe d31, d30
    fccmp h0, h1, #0, eq
    fccmpe h2, h3, #15, eq
    fcsel h4, h5, h6, eq
    fccmp s0, s1, #1, ne
    fccmpe s2, s3, #14, ne
    fcsel s4, s5, s6, ne
    fccmp d0, d1, #2, cs
    fccmpe d2, d3, #13, cs
    fcsel d4, d5, d6, cs
    fccmp h0, h1, #3, cc
    fccmpe h2, h3, #12, cc
    fcsel h4, h5, h6, cc
    fccmp s0, s1, #4, mi
    fccmpe s2, s3, #11, mi
    fcsel s4, s5, s6, mi
    fccmp d0, d1, #5, pl
    fccmpe d2, d3, #10, pl
    fcsel d4, d5, d6, pl
    fccmp h0, h1, #6, vs
    fccmpe h2, h3, #9, vs
    fcsel h4, h5, h6, vs
    fccmp s0, s1, #7, vc
    fccmpe s2, s3, #8, vc
    fcsel s4, s5, s6, vc
    fccmp d0, d1, #8, hi
    fccmpe d2, d3, #7, hi
    fcsel d4, d5, d6, hi
    fccmp h0, h1, #9, ls
    fccmpe h2, h3, #6, ls
    fcsel h4, h5, h6, ls
    fccmp s0, s1, #10, ge
    fccmpe s2, s3, #5, ge
    fcsel s4, s5, s6, ge
    fccmp d0, d1, #11, lt
    fccmpe d2, d3, #4, lt
    fcsel d4, d5, d6, lt
    fccmp h0, h1, #12, gt
    fccmpe h2, h3, #3, gt
    fcsel h4, h5, h6, gt
    fccmp s0, s1, #13, le
    fccmpe s2, s3, #2, le
    fcsel s4, s5, s6, le
    fccmp d0, d1, #14, al
    fccmpe d2, d3, #1, al
    fcsel d4, d5, d6, al
    fccmp h0, h1, #15, nv
    fccmpe h2, h3, #0, nv
    fcsel h4, h5, h6, nv
// arithmetic
    fmul h0, h1, h2
    fdiv h0, h1, h2
    fadd h0, h1, h2
    fsub h0, h1, h2
    fmax h0, h1, h2
    fmin h0, h1, h2
    fmaxnm h0, h1, h2
    fminnm h0, h1, h2
    fnmul h0, h1, h2
    fmadd h0, h1, h2, h3
    fmsub h0, h1, h2, h3
    fnmadd h0, h1, h2, h3
    fnmsub h0, h1, h2, h3
    fabs h7, h8
    fneg h7, h8
    fsqrt h7, h8
    frintn h7, h8
    frintp h7, h8
    frintm h7, h8
    frintz h7, h8
    frinta h7, h8
    frintx h7, h8
    frinti h7, h8
    fmul s0, s1, s2
    fdiv s0, s1, s2
    fadd s0, s1, s2
    fsub s0, s1, s2
    fmax s0, s1, s2
    fmin s0, s1, s2
    fmaxnm s0, s1, s2
    fminnm s0, s1, s2
    fnmul s0, s1, s2
    fmadd s0, s1, s2, s3
    fmsub s0, s1, s2, s3
    fnmadd s0, s1, s2, s3
    fnmsub s0, s1, s2, s3
    fabs s7, s8
    fneg s7, s8
    fsqrt s7, s8
    frintn s7, s8
    frintp s7, s8
    frintm s7, s8
    frintz s7, s8
    frinta s7, s8
    frintx s7, s8
    frinti s7, s8
    fmul d0, d1, d2
    fdiv d0, d1, d2
    fadd d0, d1, d2
    fsub d0, d1, d2
    fmax d0, d1, d2
    fmin d0, d1, d2
    fmaxnm d0, d1, d2
    fminnm d0, d1, d2
    fnmul d0, d1, d2
    fmadd d0, d1, d2, d3
    fmsub d0, d1, d2, d3
    fnmadd d0, d1, d2, d3
    fnmsub d0, d1, d2, d3
    fabs d7, d8
    fneg d7, d8
    fsqrt d7, d8
    frintn d7, d8
    frintp d7, d8
    frintm d7, d8
    frintz d7, d8
    frinta d7, d8
    frintx d7, d8
    frinti d7, d8
// precision conversions
    fcvt h1, s2
    fcvt h1, d2
    fcvt s1, h2
    fcvt s1, d2
    fcvt d1, h2
    fcvt d1, s2
// integer conversions
    fcvtns w0, h1
    fcvtnu w0, h1
    fcvtps w0, h1
    fcvtpu w0, h1
    fcvtms w0, h1
    fcvtmu w0, h1
    fcvtzs w0, h1
    fcvtzu w0, h1
    fcvtas w0, h1
    fcvtau w0, h1
    scvtf h0, w1
    ucvtf h2, wzr
    fcvtzs w3, h4, #1
    fcvtzu w5, h6, #1
    scvtf h7, w8, #1
    ucvtf h9, w10, #1
    fcvtzs w3, h4, #3
    fcvtzu w5, h6, #3
    scvtf h7, w8, #3
    ucvtf h9, w10, #3
    fcvtzs w3, h4, #32
    fcvtzu w5, h6, #32
    scvtf h7, w8, #32
    ucvtf h9, w10, #32
    fcvtns x0, h1
    fcvtnu x0, h1
    fcvtps x0, h1
    fcvtpu x0, h1
    fcvtms x0, h1
    fcvtmu x0, h1
    fcvtzs x0, h1
    fcvtzu x0, h1
    fcvtas x0, h1
    fcvtau x0, h1
    scvtf h0, x1
    ucvtf h2, xzr
    fcvtzs x3, h4, #1
    fcvtzu x5, h6, #1
    scvtf h7, x8, #1
    ucvtf h9, x10, #1
    fcvtzs x3, h4, #3
    fcvtzu x5, h6, #3
    scvtf h7, x8, #3
    ucvtf h9, x10, #3
    fcvtzs x3, h4, #64
    fcvtzu x5, h6, #64
    scvtf h7, x8, #64
    ucvtf h9, x10, #64
    fcvtns w0, s1
    fcvtnu w0, s1
    fcvtps w0, s1
    fcvtpu w0, s1
    fcvtms w0, s1
    fcvtmu w0, s1
    fcvtzs w0, s1
    fcvtzu w0, s1
    fcvtas w0, s1
    fcvtau w0, s1
    scvtf s0, w1
    ucvtf s2, wzr
    fcvtzs w3, s4, #1
    fcvtzu w5, s6, #1
    scvtf s7, w8, #1
    ucvtf s9, w10, #1
    fcvtzs w3, s4, #3
    fcvtzu w5, s6, #3
    scvtf s7, w8, #3
    ucvtf s9, w10, #3
    fcvtzs w3, s4, #32
    fcvtzu w5, s6, #32
    scvtf s7, w8, #32
    ucvtf s9, w10, #32
    fcvtns x0, s1
    fcvtnu x0, s1
    fcvtps x0, s1
    fcvtpu x0, s1
    fcvtms x0, s1
    fcvtmu x0, s1
    fcvtzs x0, s1
    fcvtzu x0, s1
    fcvtas x0, s1
    fcvtau x0, s1
    scvtf s0, x1
    ucvtf s2, xzr
    fcvtzs x3, s4, #1
    fcvtzu x5, s6, #1
    scvtf s7, x8, #1
    ucvtf s9, x10, #1
    fcvtzs x3, s4, #3
    fcvtzu x5, s6, #3
    scvtf s7, x8, #3
    ucvtf s9, x10, #3
    fcvtzs x3, s4, #64
    fcvtzu x5, s6, #64
    scvtf s7, x8, #64
    ucvtf s9, x10, #64
    fcvtns w0, d1
    fcvtnu w0, d1
    fcvtps w0, d1
    fcvtpu w0, d1
    fcvtms w0, d1
    fcvtmu w0, d1
    fcvtzs w0, d1
    fcvtzu w0, d1
    fcvtas w0, d1
    fcvtau w0, d1
    scvtf d0, w1
    ucvtf d2, wzr
    fcvtzs w3, d4, #1
    fcvtzu w5, d6, #1
    scvtf d7, w8, #1
    ucvtf d9, w10, #1
    fcvtzs w3, d4, #3
    fcvtzu w5, d6, #3
    scvtf d7, w8, #3
    ucvtf d9, w10, #3
    fcvtzs w3, d4, #32
    fcvtzu w5, d6, #32
    scvtf d7, w8, #32
    ucvtf d9, w10, #32
    fcvtns x0, d1
    fcvtnu x0, d1
    fcvtps x0, d1
    fcvtpu x0, d1
    fcvtms x0, d1
    fcvtmu x0, d1
    fcvtzs x0, d1
    fcvtzu x0, d1
    fcvtas x0, d1
    fcvtau x0, d1
    scvtf d0, x1
    ucvtf d2, xzr
    fcvtzs x3, d4, #1
    fcvtzu x5, d6, #1
    scvtf d7, x8, #1
    ucvtf d9, x10, #1
    fcvtzs x3, d4, #3
    fcvtzu x5, d6, #3
    scvtf d7, x8, #3
    ucvtf d9, x10, #3
    fcvtzs x3, d4, #64
    fcvtzu x5, d6, #64
    scvtf d7, x8, #64
    ucvtf d9, x10, #64
// FRINT32/FRINT64 (ARMv8.5), FJCVTZS (ARMv8.3) and BFCVT (ARMv8.6)
    frint32z s0, s1
    frint32x d2, d3
    frint64z d4, d5
    frint64x s6, s7
    fjcvtzs w0, d1
    fjcvtzs wzr, d31
    bfcvt h0, s1
    bfcvt h31, s30
