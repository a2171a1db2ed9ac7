package io.articlededup.topology;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeBucketsTest {
    private final TimeBuckets buckets = TimeBuckets.forRetention(Duration.ofMillis(400));

    @Test
    void aBucketIsAQuarterOfTheRetentionAndTheStoreKeepsOneMore() {
        assertThat(buckets.widthMs()).isEqualTo(100);
        assertThat(buckets.start(0)).isZero();
        assertThat(buckets.start(199)).isEqualTo(100);
        assertThat(buckets.start(200)).isEqualTo(200);
        assertThat(buckets.storeRetention()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aLookupCoversTheRetentionBeforeAndUpToTheLatestTimeStored() {
        // 1,050 - 400 = 650 lies in bucket 600; nothing was stored after 1,050
        assertThat(buckets.around(1050, 1050)).containsExactly(600, 700, 800, 900, 1000);
        // an older article (time 700) while the stream is at 1,050: the newer buckets too, up to 700 + 400
        assertThat(buckets.around(700, 1050)).containsExactly(300, 400, 500, 600, 700, 800, 900, 1000);
        assertThat(buckets.around(700, 5000)).endsWith(1100);
    }

    @Test
    void theFirstBucketsAndAFarFutureStayInRange() {
        assertThat(buckets.around(30, 30)).containsExactly(0);
        // no overflow: the last bucket is the one holding Long.MAX_VALUE (...807 lies in ...800)
        assertThat(buckets.around(Long.MAX_VALUE - 10, Long.MAX_VALUE)).hasSize(6).startsWith(Long.MAX_VALUE - 507)
                .endsWith(Long.MAX_VALUE - 7);
        assertThat(TimeBuckets.forRetention(Duration.ZERO).around(5, 5)).containsExactly(5);
    }

    @Test
    void withinIsInclusiveOfTheRetention() {
        assertThat(buckets.within(100, 500)).isTrue();
        assertThat(buckets.within(500, 100)).isTrue();
        assertThat(buckets.within(99, 500)).isFalse();
        assertThatThrownBy(() -> new TimeBuckets(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
