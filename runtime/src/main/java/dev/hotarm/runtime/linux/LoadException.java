package dev.hotarm.runtime.linux;

/** The program cannot be loaded; the message is one line meant for the user. */
public final class LoadException extends Exception {
    public LoadException(String message) {
        super(message);
    }
}
