# A generated data file for benchmarks: awk -v n=COUNT -f tests/gen_big.awk
# gives COUNT entries of about 300 bytes, codes cycling over 000-999, words
# from a fixed list (seeded, so every run is the same data).
BEGIN {
	srand(42)
	nw = split("request server client timeout gateway proxy cache header body entity resource method allowed found moved permanent temporary redirect error unavailable service network connection closed token required legal reasons teapot conflict gone length precondition payload large range expectation upgrade early hints processing status", w, " ")
	print "Source: big"; print "Title: Generated"; print ""
	for (i = 0; i < n; i++) {
		printf "Code: %03d\nName: %s %s %d\nText:", i % 1000, w[int(rand()*nw)+1], w[int(rand()*nw)+1], i
		len = 0
		while (len < 250) { x = w[int(rand()*nw)+1]; printf " %s", x; len += length(x) + 1 }
		printf ".\n\n"
	}
}
