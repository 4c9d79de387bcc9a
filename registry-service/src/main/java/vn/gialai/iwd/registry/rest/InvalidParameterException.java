package vn.gialai.iwd.registry.rest;

/** A query parameter that cannot be understood; answered 400 naming it (rest.InvalidParameterMapper). */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String code;

    public InvalidParameterException(String parameter, String code, String message) {
        super(message);
        this.parameter = parameter;
        this.code = code;
    }

    public String parameter() {
        return parameter;
    }

    public String code() {
        return code;
    }
}
