package dev.nerve.server;

import dev.nerve.store.MemoryStore;
import dev.nerve.store.StoreException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Choosing the store: memory by default; a Redis URL without nerve-redis on the class path says what to add. */
class StoreSelectionTest {

    @Test
    void withoutAStoreUrlTheAppUsesTheMemoryStore() {
        try (App app = App.create(c -> c.port(0).storeUrl(null))) {
            assertThat(app.engine().store()).isInstanceOf(MemoryStore.class);
        }
    }

    @Test
    void aRedisUrlWithoutNerveRedisOnTheClassPathFailsAtCreateSayingWhatToAdd() {
        assertThatThrownBy(() -> App.create(c -> c.port(0).storeUrl("redis://localhost:6379/0")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("dev.nerve:nerve-redis");
    }

    @Test
    void aUrlOfAnUnknownSchemeFailsAtCreate() {
        assertThatThrownBy(() -> App.create(c -> c.port(0).storeUrl("postgres://db/app")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("redis://");
    }
}
