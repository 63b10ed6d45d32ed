package dev.nerve.examples;

import dev.nerve.engine.ConnectRequest;
import dev.nerve.engine.Connection;
import dev.nerve.engine.Engine;
import dev.nerve.protocol.ProtocolCodec;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The seed example driven through the engine with no web server: prints every message a browser
 * would receive while a "user" clicks Start, then Reset half way, and the loop stops at the maximum.
 */
public final class ConsoleDemo {
    private static final long START = System.nanoTime();
    private static final AtomicLong EVENT_IDS = new AtomicLong();

    private ConsoleDemo() { }

    public static void main(String[] args) throws InterruptedException {
        try (Engine engine = Engine.create(config -> config.states(TaskState.class))) {
            ProtocolCodec protocol = engine.protocol();
            CountDownLatch stopped = new CountDownLatch(1);
            Connection tab = engine.connect(ConnectRequest.newTab(), message -> {
                String text = protocol.encode(message);
                print("browser receives  " + text);
                if (text.contains("\"running\":false") && !text.contains("hydrate")) stopped.countDown();
            });
            click(tab, "TaskState.setMaxCounter", "\"6\"");
            click(tab, "TaskState.toggleRunning", "");
            Thread.sleep(1_800);
            click(tab, "TaskState.clearCounter", "");
            stopped.await();
            Thread.sleep(100);
            print("the task stopped at the maximum; running tasks: " + engine.backgroundTasks().list().size());
        }
    }

    private static void click(Connection tab, String handler, String args) {
        String text = "{\"type\":\"event\",\"id\":" + EVENT_IDS.incrementAndGet() + ",\"handler\":\"" + handler + "\",\"args\":[" + args + "]}";
        print("browser sends     " + text);
        tab.receive(text);
    }

    private static synchronized void print(String line) {
        System.out.printf("%6.2fs  %s%n", (System.nanoTime() - START) / 1e9, line);
    }
}
