package io.articlededup.app;

import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdvertisedAddressTest {
    @Test
    void aSetAddressIsTakenAsItIsAndABadOneStopsTheStart() {
        AppConfig c = AppConfig.defaults().with(Map.of("dedup.http.advertised", "dedup-1.dedup-headless:8080"));
        assertThat(AdvertisedAddress.of(c, 41234)).isEqualTo(new HostInfo("dedup-1.dedup-headless", 8080));
        assertThat(AdvertisedAddress.parse("[fd00::5]:9000")).isEqualTo(new HostInfo("fd00::5", 9000));
        for (String bad : new String[] {"dedup-1", ":8080", "host:0", "host:x", "host:70000"}) {
            assertThatThrownBy(() -> AdvertisedAddress.parse(bad)).as(bad).isInstanceOf(InvalidConfigException.class)
                    .hasMessageContaining("dedup.http.advertised");
        }
    }

    @Test
    void unsetItIsTheBindAddressOrThisHostsWithTheBoundPort() {
        AppConfig bound = AppConfig.defaults().with(Map.of("dedup.http.bind", "10.1.2.3"));
        assertThat(AdvertisedAddress.of(bound, 41234)).isEqualTo(new HostInfo("10.1.2.3", 41234));
        HostInfo wildcard = AdvertisedAddress.of(AppConfig.defaults(), 41234);
        assertThat(wildcard.port()).isEqualTo(41234);
        assertThat(wildcard.host()).isNotIn("0.0.0.0", "");
    }
}
