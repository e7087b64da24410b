import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.variance([1, 2, 3, 4]))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 4, 16]), st.multimode("aabbc"))
print(st.quantiles(range(1, 11), n=4), st.fmean([1, 2, 3]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
