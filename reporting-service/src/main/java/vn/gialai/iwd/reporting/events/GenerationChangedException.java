package vn.gialai.iwd.reporting.events;

/** A rebuild started a new consumer generation: this consumer must stop and join the new group. */
public class GenerationChangedException extends RuntimeException {

    public GenerationChangedException(String generation) {
        super("consumer generation is now " + generation);
    }
}
