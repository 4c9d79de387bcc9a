import org.postgresql.PGConnection;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Baseline of the export benchmark: COPY of reporting's person_state to STDOUT (discarded). Prints the
 * rows and the seconds the COPY itself took, so that JVM start-up does not flatter the comparison.
 */
public class CopyOut {
    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0])) {
            long started = System.nanoTime();
            long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("copy (select * from person_state) to stdout with (format csv)", OutputStream.nullOutputStream());
            System.out.println(rows + " " + (System.nanoTime() - started) / 1e9);
        }
    }
}
