#lang racket/base
