from django.db import models


class Genre(models.Model):
    homepage = models.DateField()
    birthday = models.ImageField(upload_to='images/', null=True)
    start = models.CharField(max_length=200, null=True, blank=True)
    product_ref = models.ForeignKey('blog.Product', on_delete=models.SET_DEFAULT, null=True, default=None, related_name='genres_0', db_column='product_ref_key')
    orders = models.ManyToManyField('boards.Order', related_name='genre_orders')
