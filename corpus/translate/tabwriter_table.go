// text/tabwriter: aligned columns, right alignment, debug bars, tab padding, escapes,
// HTML filtering, empty columns discarded, and a flush in the middle.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tAGE\tCITY\t")
	fmt.Fprintln(w, "Alice\t30\tNew York\t")
	fmt.Fprintln(w, "Bob\t4\tLos Angeles\t")
	fmt.Fprintln(w, "Élodie\t101\tParis\t")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbb\tc")
	fmt.Fprintln(w, "single cell ends the block")
	fmt.Fprintln(w, "x\ty\tz")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 4, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintf(w, "\tindented\tcol\n\t\tdeeper\tcol\n")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '-', tabwriter.FilterHTML|tabwriter.StripEscape|tabwriter.DiscardEmptyColumns)
	fmt.Fprintf(w, "<b>bold</b>\t&amp;\t\xff\t\xff\tend\n")
	fmt.Fprintf(w, "plain\tx\t\t\tend\n")
	fmt.Fprintf(w, "form\ffeed\tflushes\n")
	w.Flush()
}
