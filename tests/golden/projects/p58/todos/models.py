from django.db import models


class Product(models.Model):
    rank = models.EmailField(max_length=300, null=True, blank=True)
    points = models.FloatField()
    email = models.UUIDField(unique=True)
    stock = models.DateTimeField(auto_now=True, db_column='stock_col')


class Note(models.Model):
    start = models.DateTimeField(auto_now_add=True, null=True, blank=True)
    content = models.JSONField(default=dict, db_column='content_col')
