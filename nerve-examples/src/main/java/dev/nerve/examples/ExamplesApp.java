package dev.nerve.examples;

import dev.nerve.server.App;
import dev.nerve.server.AppConfig;

import java.util.function.Consumer;

/**
 * The examples app: the seed's background-task example at {@code /}, a progress job at
 * {@code /progress}, a streaming list at {@code /stream}. Port from {@code PORT}, default 8000.
 */
public final class ExamplesApp {
    private ExamplesApp() { }

    /** The app with its pages added, not started; {@code settings} adjusts the configuration (tests pick port 0). */
    public static App create(Consumer<AppConfig> settings) {
        return App.create(config -> settings.accept(config.title("Nerve examples").engine(engine -> engine.errorDetails(true))))
                .page("/", "Background task", TaskState.class, Example::example)
                .page("/progress", "Progress", ProgressState.class, ProgressPage::view)
                .page("/stream", "Streaming list", StreamState.class, StreamPage::view);
    }

    public static void main(String[] args) {
        App app = create(config -> { });
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "nerve-shutdown"));
        app.start();
    }
}
