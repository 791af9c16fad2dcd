from django.shortcuts import render
