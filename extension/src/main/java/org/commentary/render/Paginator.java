package org.commentary.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Splits a list into numbered pages, each a real file linked to its neighbours. */
final class Paginator {

    /** One page: its number (from 1), the page count, its items and its pager model. */
    record Page<T>(int number, int count, List<T> items, String path, Map<String, Object> pager) {
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
            Map<String, Object> pager = new LinkedHashMap<>();
            pager.put("number", number);
            pager.put("count", count);
            pager.put("newer_path", number > 1 ? pathOf.apply(number - 1) : "");
            pager.put("older_path", number < count ? pathOf.apply(number + 1) : "");
            pages.add(new Page<>(number, count, List.copyOf(slice), pathOf.apply(number), pager));
        }
        return pages;
    }
}
