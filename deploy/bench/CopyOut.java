import org.postgresql.PGConnection;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Baseline of the export benchmark (issue 13): PostgreSQL writing every person of reporting's person_state
 * as JSON, COPY (SELECT row_to_json(p) FROM person_state p) TO STDOUT, discarded. Prints the rows and the
 * seconds the COPY itself took, so that JVM start-up does not flatter the comparison.
 */
public class CopyOut {
    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0])) {
            long started = System.nanoTime();
            long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("copy (select row_to_json(p) from person_state p) to stdout", OutputStream.nullOutputStream());
            System.out.println(rows + " " + (System.nanoTime() - started) / 1e9);
        }
    }
}
