package io.polydesk.domain.timeline;

/**
 * The tables a timeline is read from. The rank breaks ties between items of one instant, so that a change made
 * with a comment (a first response, a reopening) shows before it and a file added with it shows after it.
 */
public enum TimelineSource {
    CHANGE(1),
    COMMENT(2),
    ATTACHMENT(3),
    TIME_ENTRY(4);

    private final int rank;

    TimelineSource(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public static TimelineSource ofRank(int rank) {
        for (TimelineSource source : values()) {
            if (source.rank == rank) {
                return source;
            }
        }
        throw new IllegalArgumentException("No timeline source of rank " + rank);
    }
}
