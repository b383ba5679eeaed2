package dev.hotarm.runtime.exception;

/**
 * A synchronous exception raised by one guest instruction (abort, undefined instruction,
 * breakpoint). Engines catch this type to make the state precise at the raising instruction;
 * everything else passing through them (a guest exit, a bug of ours) is not theirs to touch.
 */
public abstract class GuestException extends RuntimeException {
    protected GuestException() {
        super(null, null, false, false);
    }
}
