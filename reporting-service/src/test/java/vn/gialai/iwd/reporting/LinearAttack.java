package vn.gialai.iwd.reporting;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an attacker can compute from published figures, by linear algebra alone: the unknowns are named
 * counts of persons, every published figure (and every rule anyone knows, such as totals adding up) is an
 * equation, and a withheld value is determined exactly when its coefficient row lies in the row space of
 * the equations. The row space is taken from a singular value decomposition (Apache Commons Math), a
 * different method from the service's own exact elimination.
 */
final class LinearAttack {

    private final Map<String, Integer> unknowns = new LinkedHashMap<>();
    private final List<Map<String, Double>> equations = new ArrayList<>();
    private final Map<String, Map<String, Double>> targets = new LinkedHashMap<>();

    /** Declares an unknown count; equations and targets may only name declared unknowns. */
    void unknown(String name) {
        unknowns.putIfAbsent(name, unknowns.size());
    }

    boolean has(String name) {
        return unknowns.containsKey(name);
    }

    /** A published figure (or a known rule) as a sum of unknowns with coefficients. */
    void known(Map<String, Double> sum) {
        check(sum);
        equations.add(sum);
    }

    /** A withheld value the attacker tries to compute. */
    void target(String label, Map<String, Double> sum) {
        check(sum);
        if (!sum.isEmpty()) {
            targets.put(label, sum);
        }
    }

    /** The targets the equations determine. */
    List<String> determined() {
        if (targets.isEmpty()) {
            return List.of();
        }
        int columns = unknowns.size();
        RealMatrix basis;
        if (equations.isEmpty()) {
            basis = null;
        } else {
            RealMatrix matrix = new Array2DRowRealMatrix(equations.size(), columns);
            for (int row = 0; row < equations.size(); row++) {
                for (Map.Entry<String, Double> term : equations.get(row).entrySet()) {
                    matrix.addToEntry(row, unknowns.get(term.getKey()), term.getValue());
                }
            }
            SingularValueDecomposition svd = new SingularValueDecomposition(matrix);
            int rank = svd.getRank();
            basis = rank == 0 ? null : svd.getV().getSubMatrix(0, columns - 1, 0, rank - 1);
        }
        List<String> found = new ArrayList<>();
        targets.forEach((label, sum) -> {
            RealVector target = new ArrayRealVector(columns);
            sum.forEach((name, coefficient) -> target.addToEntry(unknowns.get(name), coefficient));
            RealVector residual = basis == null ? target
                    : target.subtract(basis.operate(basis.transpose().operate(target)));
            if (residual.getNorm() < 1e-7 * Math.max(1, target.getNorm())) {
                found.add(label);
            }
        });
        return found;
    }

    private void check(Map<String, Double> sum) {
        sum.keySet().forEach(name -> {
            if (!unknowns.containsKey(name)) {
                throw new IllegalArgumentException("undeclared unknown " + name);
            }
        });
    }
}
