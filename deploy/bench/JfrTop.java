import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a JFR recording's CPU samples go, on JDK 17 (which has no `jfr view`): the methods that were
 * running (self) and the methods on the stack (total), each as a share of all execution samples.
 *   java deploy/bench/JfrTop.java recording.jfr [rows] [frame-filter]
 * With a frame filter (e.g. vn.gialai), "total" lists only methods whose name contains it.
 */
public class JfrTop {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String filter = args.length > 2 ? args[2] : "";
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (name.contains(filter) && seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d execution samples%n%n-- self%n", samples);
        print(self, samples, rows);
        System.out.printf("%n-- total (on the stack)%s%n", filter.isEmpty() ? "" : ", frames containing " + filter);
        print(total, samples, rows);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int rows) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(rows)
                .forEach(entry -> System.out.printf("%5.1f %%  %s%n", 100.0 * entry.getValue() / samples, entry.getKey()));
    }
}
