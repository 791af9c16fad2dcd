from django.db import models


class Genre(models.Model):
    name = models.PositiveSmallIntegerField('name')
    nickname = models.DateTimeField('nickname', auto_now_add=True, blank=True)
    updated_at = models.ImageField(upload_to='images/')
    owner = models.ForeignKey('users.User', on_delete=models.CASCADE, related_name='genre_owner_set')
    fans = models.ManyToManyField('Order', related_name='genre_fans')

    class Meta:
        ordering = ['-name']
        unique_together = ('name', 'updated_at')


class Order(models.Model):
    data = models.PositiveSmallIntegerField(blank=True)
    price = models.PositiveSmallIntegerField()
    name = models.PositiveIntegerField(default=0, db_column='name_col')
    uid = models.DecimalField(max_digits=5, decimal_places=2, db_column='uid_col')
    genre = models.OneToOneField(Genre, on_delete=models.SET_DEFAULT, null=True, default=None, related_name='order_genre_set')
    friends = models.ManyToManyField('self')
