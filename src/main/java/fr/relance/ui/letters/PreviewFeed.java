package fr.relance.ui.letters;

import fr.relance.documents.LetterDrafts;
import fr.relance.documents.LetterPreview;
import fr.relance.domain.letters.LetterContent;
import fr.relance.ui.common.BackgroundTasks;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The composer's live preview: checks and renders the letter off the JavaFX thread as the user types, never more
 * than one render at a time. Keystrokes that arrive while a render runs are coalesced: when it ends, the letter as
 * it stands then is rendered once, and a result made from an older text is dropped, never shown.
 */
final class PreviewFeed {

    /** What one refresh produced, for the letter as it stood when it started. */
    record Rendered(LetterDrafts.Checks checks, LetterPreview.Page page, Throwable pageError, long millis) {
    }

    /** What to render: the letter, the page (from 0) and the resolution. */
    record Job(LetterDrafts.Draft draft, LetterContent content, int pageIndex, float dpi) {
    }

    private final LetterDrafts drafts;
    private final BackgroundTasks tasks;
    private final Supplier<Job> current;
    private final Consumer<Rendered> onRendered;
    private final Consumer<Throwable> onError;
    private long requested;
    private boolean running;
    private int renders;

    /**
     * @param current    the letter as it stands, read on the JavaFX thread when a render starts; null for none
     * @param onRendered the result of the latest request, on the JavaFX thread
     */
    PreviewFeed(LetterDrafts drafts, BackgroundTasks tasks, Supplier<Job> current, Consumer<Rendered> onRendered,
                Consumer<Throwable> onError) {
        this.drafts = drafts;
        this.tasks = tasks;
        this.current = current;
        this.onRendered = onRendered;
        this.onError = onError;
    }

    /** The letter changed: render it as soon as the render under way (if any) ends. */
    void request() {
        requested++;
        if (!running) {
            start();
        }
    }

    private void start() {
        Job job = current.get();
        if (job == null) {
            return;
        }
        long generation = requested;
        running = true;
        tasks.run(() -> render(job), rendered -> {
            running = false;
            renders++;
            if (generation == requested) {
                onRendered.accept(rendered);
            } else {
                start(); // typed meanwhile: this result is stale, render the text as it is now
            }
        }, error -> {
            running = false;
            if (generation == requested) {
                onError.accept(error);
            } else {
                start();
            }
        });
    }

    private Rendered render(Job job) {
        long start = System.nanoTime();
        LetterDrafts.Checks checks = drafts.check(job.draft(), job.content());
        LetterPreview.Page page = null;
        Throwable pageError = null;
        try {
            page = drafts.preview(job.content(), job.pageIndex(), job.dpi());
        } catch (RuntimeException e) {
            pageError = e; // a character the font lacks: the checks say which, the preview says it cannot draw
        }
        return new Rendered(checks, page, pageError, (System.nanoTime() - start) / 1_000_000);
    }

    /** Renders finished so far, shown or dropped (tests check the coalescing with it). */
    int renders() {
        return renders;
    }

    boolean running() {
        return running;
    }
}
