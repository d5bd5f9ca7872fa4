import warnings
import numpy as np
import torch
from submission import lstm_cell

torch.set_num_threads(1)


def _ref_cell(I, H, seed):
    torch.manual_seed(seed)
    cell = torch.nn.LSTMCell(I, H).double()
    P = [p.detach().numpy() for p in (cell.weight_ih, cell.weight_hh, cell.bias_ih, cell.bias_hh)]
    return cell, P


def test_vs_torch_lstmcell():
    """Matches nn.LSTMCell with copied weights (gate order i, f, g, o and both biases)."""
    cell, P = _ref_cell(5, 7, 0)
    rng = np.random.default_rng(30)
    x, h, c = rng.normal(size=(4, 5)), rng.normal(size=(4, 7)), rng.normal(size=(4, 7))
    with torch.no_grad():
        rh, rc = cell(torch.tensor(x), (torch.tensor(h), torch.tensor(c)))
    hn, cn = lstm_cell(x, h, c, *P)
    assert np.allclose(cn, rc.numpy(), atol=1e-12), f"c_new differs from nn.LSTMCell (max err {np.abs(cn - rc.numpy()).max():.2e}); check the gate order i, f, g, o"
    assert np.allclose(hn, rh.numpy(), atol=1e-12), f"h_new differs from nn.LSTMCell (max err {np.abs(hn - rh.numpy()).max():.2e})"


def test_sequence_vs_torch_lstm():
    """Looping the cell over a sequence matches nn.LSTM."""
    torch.manual_seed(1)
    lstm = torch.nn.LSTM(3, 4).double()
    P = [p.detach().numpy() for p in (lstm.weight_ih_l0, lstm.weight_hh_l0, lstm.bias_ih_l0, lstm.bias_hh_l0)]
    xs = np.random.default_rng(31).normal(size=(6, 2, 3))
    with torch.no_grad():
        out, _ = lstm(torch.tensor(xs))
    h, c = np.zeros((2, 4)), np.zeros((2, 4))
    for t in range(6):
        h, c = lstm_cell(xs[t], h, c, *P)
        assert np.allclose(h, out[t].numpy(), atol=1e-12), f"step {t}: hidden state differs from nn.LSTM"


def test_both_biases_used():
    """Only b_hh non-zero must still change the result."""
    z4 = np.zeros(4)
    b_hh = np.array([0., 0., 3., 0.])
    h, c = lstm_cell(np.zeros((1, 1)), np.zeros((1, 1)), np.zeros((1, 1)), np.zeros((4, 1)), np.zeros((4, 1)), z4, b_hh)
    want_c = 0.5 * np.tanh(3.0)
    assert np.allclose(c, want_c), f"expected c_new={want_c:.4f} from b_hh alone, got {c.item():.4f}"


def test_batch_of_one_and_extreme():
    """Pre-activations of ±1000 give finite results at the saturation limits."""
    W_ih = np.array([[1000.], [-1000.], [1000.], [1000.]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        h, c = lstm_cell(np.array([[1.0]]), np.zeros((1, 1)), np.array([[5.0]]), W_ih, np.zeros((4, 1)), np.zeros(4), np.zeros(4))
    assert np.all(np.isfinite(h)) and np.all(np.isfinite(c)), "NaN/inf for saturated gates"
    assert np.allclose(c, 1.0), f"i=1, f=0, g=1: expected c_new=1, got {c.item()}"
    assert np.allclose(h, np.tanh(1.0)), f"expected h_new=tanh(1), got {h.item()}"


def test_forget_gate_keeps_memory():
    """f≈1, i≈0: the cell state is carried unchanged."""
    H = 3
    b = np.zeros(4 * H); b[:H] = -50; b[H:2 * H] = 50
    c = np.array([[0.3, -1.2, 2.0]])
    _, cn = lstm_cell(np.ones((1, 2)), np.zeros((1, H)), c, np.zeros((4 * H, 2)), np.zeros((4 * H, H)), b, np.zeros(4 * H))
    assert np.allclose(cn, c, atol=1e-12), f"with f=1 and i=0 expected c_new=c={c.tolist()}, got {cn.tolist()}"


if __name__ == "__main__":
    _tests = [f for n, f in list(globals().items()) if n.startswith("test_") and callable(f)]
    for _t in _tests:
        _t()
    print(f"{len(_tests)} tests passed")
