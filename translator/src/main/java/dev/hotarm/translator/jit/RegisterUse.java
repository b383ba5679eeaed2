package dev.hotarm.translator.jit;

/**
 * Which guest registers one instruction reads and writes, as bit sets: bits 0-30 for X0-X30,
 * bit 31 for SP, bit 32 for NZCV. The emitter keeps exactly these in JVM locals.
 */
record RegisterUse(long read, long written) {
}
