package vn.gialai.iwd.registry.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON is UTF-8 (RFC 8259), but Jackson decodes overlong forms ({@code c0 af} becomes "/") and encoded
 * surrogates without complaint, which would store something other than what was sent. Every JSON body
 * is checked before it is read; one that is not UTF-8 is refused as unreadable JSON (400). Record bodies
 * are taken as bytes, and {@link RecordJsonReader} checks them with {@link #isUtf8} before parsing.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (context.getType() == byte[].class || type == null
                || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.getSubtype().endsWith("+json")) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (!isUtf8(body)) {
            throw new JsonParseException((JsonParser) null, "The body is not valid UTF-8.");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Whether the bytes are well-formed UTF-8, decoded a buffer at a time (a batch body may be 16 MB). */
    static boolean isUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }
}
