"""Reference values for @kairos/analytics, computed with SciPy (an independent implementation).

Run from the repository root:
    python3 -m venv .tools/stats && .tools/stats/bin/pip install scipy==1.14.1 numpy==2.1.3
    .tools/stats/bin/python packages/analytics/reference/make_reference.py
It writes reference/values.json, which src/stats/reference.test.ts compares against.
"""
import json
import math
from pathlib import Path

import numpy as np
from scipy import stats

out = {}

out["normalCdf"] = [[x, float(stats.norm.cdf(x))] for x in [-3.5, -1.96, -0.5, 0.0, 0.3, 1.644853626951, 2.5758]]
out["normalQuantile"] = [[p, float(stats.norm.ppf(p))] for p in [0.001, 0.025, 0.2, 0.5, 0.8, 0.975, 0.999]]

wilson = []
for k, n in [(0, 10), (3, 10), (50, 100), (97, 100), (412, 5000), (1, 1)]:
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    wilson.append([k, n, float(ci.low), float(ci.high)])
out["wilson95"] = wilson


def msprt(n_a, m_a, v_a, n_b, m_b, v_b, tau, alpha):
    V = v_a / n_a + v_b / n_b
    d = m_b - m_a
    t2 = tau * tau
    log_lambda = 0.5 * np.log(V / (V + t2)) + t2 * d * d / (2 * V * (V + t2))
    p = min(1.0, float(np.exp(-log_lambda)))
    half = float(np.sqrt(V * (V + t2) / t2 * (np.log((V + t2) / V) + 2 * np.log(1 / alpha))))
    return [d, d - half, d + half, p]


def rate(k, n):
    p = k / n
    return n, p, p * (1 - p)


sequential = []
for (ka, na), (kb, nb), tau in [((120, 1000), (150, 1000), 0.05), ((30, 400), (31, 410), 0.05), ((900, 5000), (1010, 5000), 0.02), ((5, 50), (15, 50), 0.1)]:
    a, b = rate(ka, na), rate(kb, nb)
    sequential.append({"control": [ka, na], "treatment": [kb, nb], "tau": tau, "alpha": 0.05, "result": msprt(*a, *b, tau, 0.05)})
out["sequentialRates"] = sequential


def per_arm(p, delta, alpha=0.05, power=0.8):
    q = p + delta
    z = stats.norm.ppf(1 - alpha / 2) + stats.norm.ppf(power)
    return math.ceil(z * z * (p * (1 - p) + q * (1 - q)) / (delta * delta))


out["accountsPerArm"] = [[p, d, per_arm(p, d)] for p, d in [(0.1, 0.02), (0.3, 0.05), (0.5, -0.1), (0.05, 0.01)]]

# Kaplan-Meier: days to first payment, with accounts still unpaid when last seen (censored).
days = [1, 2, 2, 3, 5, 5, 5, 8, 9, 12, 12, 15, 20, 30, 30]
paid = [1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0]
data = stats.CensoredData(uncensored=[d for d, e in zip(days, paid) if e], right=[d for d, e in zip(days, paid) if not e])
sf = stats.ecdf(data).sf
event_days = sorted(set(d for d, e in zip(days, paid) if e))
out["kaplanMeier"] = {
    "observations": [[d, bool(e)] for d, e in zip(days, paid)],
    "curve": [[d, float(sf.evaluate(d))] for d in event_days],
}

Path(__file__).with_name("values.json").write_text(json.dumps(out, indent=2) + "\n")
print("wrote", Path(__file__).with_name("values.json"))
