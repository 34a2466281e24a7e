package fr.relance.ui.aging;

import fr.relance.domain.AgingBucket;
import fr.relance.domain.AgingRow;
import fr.relance.text.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TitledPane;

/** The top debtors' balances stacked by bucket, in a pane the controller can fold away. */
final class AgingChart extends TitledPane {

    private static final int NAME_LENGTH = 24;

    private final StackedBarChart<Number, String> chart;
    private final Messages messages;

    AgingChart(ObservableList<AgingRow> topDebtors, Messages messages) {
        setId("agingChartPane");
        setText(messages.get("aging.chart.title"));
        setExpanded(true);
        setAnimated(false);
        // Horizontal bars: ten names read left of their bars instead of rotated under them.
        CategoryAxis debtors = new CategoryAxis();
        debtors.setTickLabelFont(javafx.scene.text.Font.font(10));
        NumberAxis amounts = new NumberAxis();
        chart = new StackedBarChart<>(amounts, debtors);
        chart.setId("agingChart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(250);
        chart.setMinHeight(150);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.setCategoryGap(4);
        this.messages = messages;
        setContent(chart);
        topDebtors.addListener((ListChangeListener<AgingRow>) change -> show(List.copyOf(topDebtors)));
        show(List.copyOf(topDebtors));
    }

    private void show(List<AgingRow> rows) {
        Set<String> seen = new HashSet<>();
        // The largest at the top: a vertical category axis runs bottom-up.
        rows = new java.util.ArrayList<>(rows);
        java.util.Collections.reverse(rows);
        List<String> names = rows.stream().map(row -> {
            String name = row.debtorName().length() > NAME_LENGTH
                    ? row.debtorName().substring(0, NAME_LENGTH - 1) + "…" : row.debtorName();
            return seen.add(name) ? name : name + " #" + row.debtorId(); // categories must differ
        }).toList();
        // New series each time: replacing points in place leaves a StackedBarChart with stale categories.
        List<XYChart.Series<Number, String>> all = new java.util.ArrayList<>();
        for (AgingBucket bucket : AgingBucket.values()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(messages.get("aging.bucket." + bucket.name()));
            all.add(series);
            for (int r = 0; r < rows.size(); r++) {
                // Stacked bars do not mix signs well: a bucket reduced below zero by a credit note shows as zero.
                double amount = Math.max(0, rows.get(r).bucket(bucket).doubleValue());
                series.getData().add(new XYChart.Data<>(amount, names.get(r)));
            }
        }
        chart.getData().setAll(all);
    }
}
