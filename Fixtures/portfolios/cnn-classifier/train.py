"""Train a small CNN on CIFAR-10."""
import torch
from torch import nn
from sklearn.metrics import f1_score

from model import Net


def main():
    net = Net()
    print(f1_score([1], [1]))
    # import tensorflow  <- a comment, not an import
    text = "import keras"
    return net, text
