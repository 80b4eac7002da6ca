package org.commentary.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.commentary.plan.Views.Pager;

/** Splits a list into numbered pages, each a real file linked to its neighbours. */
final class Paginator {

    /** One page: its items, its file and its links to the pages around it. */
    record Page<T>(List<T> items, String path, Pager pager) {

        int number() {
            return pager.number();
        }
    }

    private Paginator() {
    }

    /**
     * Pages of {@code items}; {@code pathOf} names the file of page n. An empty list still gets
     * one (empty) page, so the listing exists.
     */
    static <T> List<Page<T>> paginate(List<T> items, int size, IntFunction<String> pathOf) {
        int count = Math.max(1, (items.size() + size - 1) / size);
        List<Page<T>> pages = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            List<T> slice = items.subList(Math.min(items.size(), (number - 1) * size),
                    Math.min(items.size(), number * size));
            Pager pager = new Pager(number, count, number > 1 ? pathOf.apply(number - 1) : "",
                    number < count ? pathOf.apply(number + 1) : "");
            pages.add(new Page<>(List.copyOf(slice), pathOf.apply(number), pager));
        }
        return pages;
    }
}
