import java.util.Locale;

/**
 * A fixed integer loop on one core, then on two at once: the benchmark prints both times, because a shared virtual
 * machine's speed, and whether its second core is a full one, change from hour to hour. Run: java bench/CpuCheck.java
 */
public class CpuCheck {

    private static final long ROUNDS = 3_000_000_000L;

    public static void main(String[] args) throws InterruptedException {
        System.out.printf(Locale.ROOT, "%.2f %.2f%n", seconds(1), seconds(2));
    }

    private static double seconds(int threads) throws InterruptedException {
        long started = System.nanoTime();
        Thread[] workers = new Thread[threads];
        long[] sinks = new long[threads];
        for (int t = 0; t < threads; t++) {
            int slot = t;
            workers[t] = new Thread(() -> {
                long x = 0;
                for (long i = 0; i < ROUNDS; i++) {
                    x += i * i ^ x;
                }
                sinks[slot] = x;
            });
            workers[t].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return (System.nanoTime() - started) / 1e9;
    }
}
