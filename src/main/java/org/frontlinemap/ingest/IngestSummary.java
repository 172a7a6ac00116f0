package org.frontlinemap.ingest;

import java.util.List;

/** The result of an ingest run, with one outcome per article or refused input. */
public record IngestSummary(List<IngestOutcome> outcomes, long elapsedMillis) {

    public IngestSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long count(IngestOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public long newCount() {
        return count(IngestOutcome.Status.NEW);
    }

    public long duplicateCount() {
        return count(IngestOutcome.Status.DUPLICATE);
    }

    public long refusedCount() {
        return count(IngestOutcome.Status.REFUSED);
    }

    public long skippedCount() {
        return count(IngestOutcome.Status.SKIPPED);
    }

    public List<IngestOutcome> refused() {
        return outcomes.stream().filter(o -> o.status() == IngestOutcome.Status.REFUSED).toList();
    }

    @Override
    public String toString() {
        return newCount() + " new, " + duplicateCount() + " duplicate, " + refusedCount() + " refused, "
                + skippedCount() + " skipped";
    }
}
