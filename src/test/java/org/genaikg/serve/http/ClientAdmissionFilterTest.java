package org.genaikg.serve.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who is let in, counted exactly, with requests held open in threads of their own. */
class ClientAdmissionFilterTest {
    private static final int PER_CLIENT = 5;
    private static final int TOTAL = 8;
    private final ClientAdmissionFilter filter = new ClientAdmissionFilter("requests", PER_CLIENT, TOTAL, 1024);
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.shutdownNow();
    }

    @Test
    void theLastQuarterIsKeptForAddressesWithLittleInProgress() throws Exception {
        for (int i = 0; i < 5; i++) assertEquals(0, held("10.0.0.1"), "the first five of one address are let in");
        assertEquals(429, held("10.0.0.1"), "the sixth is over the address's own share");
        assertEquals(5, filter.inProgress(), "a refused request holds no place");
        assertEquals(0, held("10.0.0.2"));
        assertEquals(0, held("10.0.0.2"), "an address with one request still in progress gets a kept place");
        assertEquals(503, held("10.0.0.2"), "but not with two: the last place is kept for other addresses");
        assertTrue(answer.contains("nearly full"), answer);
        assertEquals(0, held("10.0.0.3"), "an address with nothing in progress gets the last place");
        assertEquals(TOTAL, filter.inProgress());
        assertEquals(503, held("10.0.0.4"), "every place is taken");
        assertTrue(answer.contains("8 requests in progress"), answer);
        release.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(0, filter.inProgress(), "every place is given back");
        assertEquals(0, filter.addresses(), "and no address is remembered");
    }

    @Test
    void manyAddressesAtOnceNeverExceedTheTotal() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Future<?>> clients = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            clients.add(pool.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    String address = "10.0.1." + ThreadLocalRandom.current().nextInt(6);
                    filter.doFilter(request(address), response(new ByteArrayOutputStream()), (q, r) -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                    });
                }
                return null;
            }));
        }
        for (Future<?> c : clients) c.get(60, TimeUnit.SECONDS);
        assertTrue(most.get() <= TOTAL, "at most " + TOTAL + " at once, but " + most.get() + " were");
        assertTrue(most.get() > 1, "the requests never overlapped");
        assertEquals(0, filter.inProgress());
        assertEquals(0, filter.addresses());
    }

    private String answer = "";

    /** Sends a request from {@code address} that, once let in, stays in progress: 0, or the refusal's status. */
    private int held(String address) throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger();
        HttpServletResponse response = response(body, status);
        FilterChain chain = (q, r) -> {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Future<?> sent = pool.submit(() -> {
            filter.doFilter(request(address), response, chain);
            return null;
        });
        while (entered.getCount() > 0 && !sent.isDone()) Thread.sleep(1);
        if (entered.getCount() == 0) return 0;
        sent.get();
        answer = body.toString(StandardCharsets.UTF_8);
        return status.get();
    }

    private static HttpServletRequest request(String address) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAdmissionFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> address;
                    case "getContentLengthLong" -> 0L;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServletResponse response(ByteArrayOutputStream body) {
        return response(body, new AtomicInteger());
    }

    private static HttpServletResponse response(ByteArrayOutputStream body, AtomicInteger status) {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(ClientAdmissionFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> {
                        status.set((Integer) args[0]);
                        yield null;
                    }
                    case "getOutputStream" -> out;
                    case "setHeader", "setContentType", "setContentLength" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
